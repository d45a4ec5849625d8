"""A baseline key shown to a person is shown with its name, e.g.
盟市高新技术企业总数（`city_high_tech_enterprises`）. The key stays, beside the name, because it is
what the office types into the baseline file; the name is what officials know the figure by, as the
standard in use declares it (``figures:``)."""

from __future__ import annotations

import re

from zone_gap.i18n import FIGURE_NAMES, Lang, text

_KEY = re.compile(r"`([a-z][a-z0-9_]*)`")


def field_name(key: str, lang: Lang) -> str | None:
    """The name of a baseline figure, or ``None`` for a key that is not one."""
    found = FIGURE_NAMES.get().get(key)
    return found.text(lang) if found is not None else None


def named(key: str, lang: Lang) -> str:
    name = field_name(key, lang)
    return f"`{key}`" if name is None else text("field_named", lang, name=name, key=key)


def with_names(line: str, lang: Lang) -> str:
    """``line`` with each quoted baseline key given its name (``tech_smes`` → 科技型中小企业数（…）)."""
    return _KEY.sub(lambda found: named(found.group(1), lang), line)


def wanted(entry: str, lang: Lang) -> str:
    """One thing to supply as the engine lists it: a key, keys joined by `` + `` (all of them), or
    ``2019.yaml: key`` (a figure of another year's file)."""
    file, colon, key = entry.rpartition(": ")
    if colon:
        return text("field_in_file", lang, file=file, name=wanted(key, lang))
    return " + ".join(named(k, lang) for k in entry.split(" + "))
