"""The catalogue of sentences."""

from __future__ import annotations

import string

from zone_gap.i18n import CATALOG, Lang, Message


def test_every_sentence_names_the_same_values_in_both_languages() -> None:
    for key, (zh, en) in CATALOG.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (zh, en)]
        assert fields[0] == fields[1], key


def test_a_message_renders_names_and_nested_messages_in_its_language() -> None:
    from zone_gap.io.model import Names

    message = Message("decided_met", branch=Names(zh="园区占比", en="park share"))
    assert message.render(Lang.ZH) == "由“园区占比”达标"
    assert message.render(Lang.EN) == "met through “park share”"
    nested = Message(
        "extra_forbidden", key="enterprise", hint=Message("did_you_mean", suggestion="enterprises")
    )
    assert nested.render(Lang.EN) == "unknown key `enterprise`; did you mean `enterprises`?"
