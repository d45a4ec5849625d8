"""The walkers: evaluation, projection and the plan check ask each criterion's kind."""
