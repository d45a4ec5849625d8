"""`zone-gap standards`: the shipped standards, one block each, or as JSON."""

from __future__ import annotations

import json
from datetime import date

from zone_gap.choices import StandardsFormat
from zone_gap.i18n import Lang, text
from zone_gap.render.visible import visible
from zone_gap.standard.model import Standard


def render_standards(standards: list[Standard], fmt: StandardsFormat, lang: Lang, today: date) -> str:
    """Each standard's id, name and facts; one superseded on a day still to come is said to be so
    ``today``, not in the past tense."""
    if fmt is StandardsFormat.JSON:
        return json.dumps([_entry(s) for s in standards], ensure_ascii=False, indent=2) + "\n"
    blocks = []
    for standard in standards:
        facts = [text("standards_subject", lang, subject=text(f"subject_{standard.subject}", lang))]
        if standard.effective is not None:
            facts.append(text("standards_effective", lang, on=standard.effective.isoformat()))
        if standard.superseded is not None:
            replaced = standard.superseded
            said = "standards_superseded" if replaced.done(today) else "standards_to_be_superseded"
            facts.append(text(said, lang, on=replaced.on.isoformat(), by=replaced.by))
        blocks.append(
            "\n".join(
                [
                    f"{standard.id}  {standard.name.text(lang)}",
                    "  " + text("standards_join", lang).join(facts),
                    "  " + text("standards_source", lang, source=standard.source),
                ]
            )
        )
    return visible("\n\n".join(blocks)) + "\n"


def _entry(standard: Standard) -> dict[str, object]:
    replaced = standard.superseded
    return {
        "id": standard.id,
        "name": {"zh": standard.name.zh, "en": standard.name.en},
        "subject": standard.subject,
        "effective": standard.effective.isoformat() if standard.effective else None,
        "superseded": {"by": replaced.by, "on": replaced.on.isoformat()} if replaced else None,
        "source": standard.source,
        "figures": len(standard.figures),
        "criteria": len(standard.criterion_ids()),
    }
