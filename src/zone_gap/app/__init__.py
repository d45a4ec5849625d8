"""One function per command: reads its inputs through one loader, returns an outcome, never prints."""
