"""Every sentence the tool says, in Chinese (the default) and English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"


@dataclass(frozen=True)
class Message:
    """A sentence not yet put into words: a catalogue key and the values it names."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, key: str, /, **params: Any) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", params)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def render(self, lang: Lang) -> str:
        return text(self.key, lang, **self.params)


def language(args: Sequence[str]) -> Lang:
    """The ``--lang`` asked for anywhere on the command line, so that even a usage error before
    the option is parsed is said in it; Chinese unless English is asked for."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return Lang.EN if value.strip().lower() == "en" else Lang.ZH
    return Lang.ZH


def text(key: str, lang: Lang, /, **params: Any) -> str:
    zh, en = CATALOG[key]
    template = zh if lang == Lang.ZH else en
    return template.format(**{k: _word(v, lang) for k, v in params.items()})


def _word(value: Any, lang: Lang) -> Any:
    """A parameter in ``lang``: messages are rendered, and names given in both languages chosen."""
    if isinstance(value, Message):
        return value.render(lang)
    if callable(getattr(value, "text", None)):  # a name in both languages, a figure named, a need
        return value.text(lang)
    return value


CATALOG: dict[str, tuple[str, str]] = {
    # --- reading files -----------------------------------------------------------------
    "file_is_directory": (
        "这是一个目录，不是文件；请给出 YAML 文件的路径",
        "this is a directory, not a file; give the path of a YAML file",
    ),
    "file_unreadable": ("无法读取文件：{reason}", "cannot read the file: {reason}"),
    "file_missing": ("文件不存在；请检查路径", "no such file; check the path"),
    "file_too_large": (
        "文件超过 {limit} 字节，不予读取；基础数据文件应远小于此",
        "the file is over {limit} bytes and was not read; a data file is far smaller",
    ),
    "not_utf8": (
        "文件既不是 UTF-8 也不是 GB18030 编码；请用 UTF-8 重新保存",
        "the file is neither UTF-8 nor GB18030; re-save it as UTF-8",
    ),
    "gb18030": (
        "文件不是 UTF-8，已按 GB18030（GBK）读取；请用 UTF-8 重新保存",
        "the file is not UTF-8 and was read as GB18030 (GBK); re-save it as UTF-8",
    ),
    "bom_gb18030": (
        "文件以 UTF-8 的字节顺序标记（BOM）开头，内容却是 GB18030（GBK）编码；请在编辑器或 Excel/WPS 中"
        "用 UTF-8 重新保存",
        "the file starts with UTF-8's byte-order mark, but what follows is GB18030 (GBK); re-save it as "
        "UTF-8 in the editor, Excel or WPS",
    ),
    "bom_not_utf8": (
        "文件以 UTF-8 的字节顺序标记（BOM）开头，内容却不是 UTF-8；请用 UTF-8 重新保存",
        "the file starts with UTF-8's byte-order mark, but what follows is not UTF-8; re-save it as UTF-8",
    ),
    "utf16_odd": (
        "文件以 UTF-16 的字节顺序标记开头，字节数却是奇数：末尾缺一个字节（文件没有保存完整或被截断）；"
        "请重新保存，最好存为 UTF-8",
        "the file starts with UTF-16's byte-order mark but has an odd number of bytes: one byte is "
        "missing at its end (it was cut short or not saved whole); save it again, preferably as UTF-8",
    ),
    "utf16_broken": (
        "文件以 UTF-16 的字节顺序标记开头，这里的字节却不是 UTF-16；请重新保存，最好存为 UTF-8",
        "the file starts with UTF-16's byte-order mark, but the bytes here are not UTF-16; save it "
        "again, preferably as UTF-8",
    ),
    "trap_bool": (
        "`{text}` 在 YAML 1.1 中被读作布尔值 {value}；此处应写数字或文字，文字请加引号：'{text}'",
        "`{text}` is read as the boolean {value} by YAML 1.1; write a number or text here, "
        "and quote text: '{text}'",
    ),
    "trap_bool_flag": (
        "`{text}` 在 YAML 1.1 中是布尔值 {value}，在 YAML 1.2 中却是文字；请写 `{value}`",
        "`{text}` is the boolean {value} in YAML 1.1 but text in YAML 1.2; write `{value}`",
    ),
    "trap_date": (
        "`{text}` 被读作日期；此处应写数字或文字，文字请加引号：'{text}'",
        "`{text}` is read as a date; write a number or text here, and quote text: '{text}'",
    ),
    "trap_octal": (
        "`{text}` 在 YAML 1.1 中被读作八进制数 {value}；请写 `{plain}`（去掉前导 0）",
        "`{text}` is read as the octal number {value} by YAML 1.1; write `{plain}` without the leading 0",
    ),
    "trap_base60": (
        "`{text}` 在 YAML 1.1 中被读作六十进制数 {value}；若是数字请写 `{value}`，若是文字请加引号",
        "`{text}` is read as the base-60 number {value} by YAML 1.1; write `{value}` if you mean "
        "it, or quote it as text",
    ),
    "trap_underscore": (
        "`{text}` 在 YAML 1.1 中被读作 {value}，在 YAML 1.2 中却是文字；请写 `{plain}`",
        "`{text}` is read as {value} by YAML 1.1 but as text by YAML 1.2; write `{plain}`",
    ),
    "file_empty": (
        "文件为空；请写入数据，例如 `park: 园区名称`",
        "the file is empty; write the data, e.g. `park: <park name>`",
    ),
    "yaml_syntax": ("YAML 语法错误：{detail}", "YAML syntax error: {detail}"),
    "too_many_nodes": (
        "YAML 节点超过 {limit} 个（可能是别名炸弹），不予读取",
        "more than {limit} YAML nodes (an alias bomb?); not read",
    ),
    "key_not_scalar": (
        "键必须是简单文字；请勿使用合并键 `<<` 或复合键",
        "a key must be plain text; merge keys `<<` and complex keys are not allowed",
    ),
    "tag_not_allowed": (
        "不允许使用 YAML 标签 `{tag}`；请直接写值（本工具只用安全加载，标签内容不会执行）",
        "the YAML tag `{tag}` is not allowed; write the plain value (only the safe loader is used, "
        "nothing in a tag runs)",
    ),
    "duplicate_key": (
        "键 `{key}` 重复（第 {line} 行已出现）；请删除其中一个",
        "duplicate key `{key}` (already on line {line}); remove one of them",
    ),
    "top_not_mapping": (
        "文件顶层应为“键: 值”映射",
        "the top level of the file must be a `key: value` mapping",
    ),
    # --- how the file is typed ------------------------------------------------------------
    "typed_tab": (
        "用了 Tab 键缩进；YAML 只认空格，请把 Tab 换成空格（每级两个空格）",
        "a tab is used for indentation; YAML takes only spaces: replace it with spaces (two a level)",
    ),
    "typed_wide_space": (
        "行首是全角空格（中文输入法下的空格）；缩进请用半角空格",
        "the line starts with a full-width space (typed with a Chinese input method); indent with "
        "ordinary spaces",
    ),
    "typed_wide_colon": (
        "`{key}` 后面是全角冒号“：”；请改为半角冒号加空格：`{key}: 值`",
        "`{key}` is followed by a full-width colon “：”; write an ordinary colon and a space: `{key}: value`",
    ),
    "typed_wide_hash": (
        "注释要用半角 #，这里是全角 ＃；请改为 #",
        "a comment starts with an ordinary #, not the full-width ＃; write #",
    ),
    "typed_no_space": (
        "`{key}` 的冒号后面缺少空格；请写成 `{key}: 值`",
        "no space after the colon of `{key}`; write `{key}: value`",
    ),
    "typed_no_colon": (
        "`{key}` 后面缺少冒号；请写成 `{key}: 值`",
        "`{key}` has no colon after it; write `{key}: value`",
    ),
    "wide_hash_in_text": (
        "值“{text}”中含全角 ＃，它被当作文字的一部分；若是注释，请改用半角 #",
        "the value “{text}” contains a full-width ＃, which is read as part of the text; for a comment "
        "write an ordinary #",
    ),
    "yaml_unclosed_quote": (
        "{key_part}从这里开始的引号 {quote} 没有闭合，直到文件末尾；请在值的末尾补上 {quote}",
        "{key_part}the quote {quote} opened here is never closed before the end of the file; add the "
        "closing {quote} at the end of the value",
    ),
    "yaml_bad_start": (
        "{key_part}值不能以 `{char}` 开头；请给整个值加引号，如 '{char}…'",
        "{key_part}a value cannot start with `{char}`; quote the whole value, e.g. '{char}…'",
    ),
    "yaml_no_colon": (
        "{key_part}这一行缺少“键: 值”的冒号（或冒号后缺空格）；请写成 `键: 值`",
        "{key_part}this line has no `key: value` colon (or no space after it); write `key: value`",
    ),
    "yaml_second_colon": (
        "{key_part}这里不能出现“: ”：若值本身含冒号，请给整个值加引号；若是缩进多了，请与上一行的键对齐",
        "{key_part}`: ` is not allowed here: quote the value if it contains a colon, or indent this "
        "key like the one above",
    ),
    "yaml_indent": (
        "{key_part}缩进与上面的行对不齐；同一层的键要从同一列开始",
        "{key_part}the indentation does not match the lines above; keys at one level start in one column",
    ),
    "yaml_unclosed_bracket": (
        "{key_part}从这里开始的括号没有闭合；请补上 `{closing}`",
        "{key_part}the bracket opened here is never closed; add `{closing}`",
    ),
    "yaml_alias": (
        "{key_part}`*{name}` 是 YAML 别名，但前面没有 `&{name}`；若是文字请加引号",
        "{key_part}`*{name}` is a YAML alias with no `&{name}` before it; quote it if it is text",
    ),
    "yaml_escape": (
        "{key_part}双引号中的 `\\{char}` 不是有效的转义；请改用单引号，或写成 `\\\\{char}`",
        "{key_part}`\\{char}` is not a valid escape inside double quotes; use single quotes, or write "
        "`\\\\{char}`",
    ),
    "yaml_two_documents": (
        "文件中有第二份文档（`---` 之后）；一个文件只写一份数据",
        "the file holds a second document (after `---`); write one document a file",
    ),
    "yaml_block_header": (
        "{key_part}`|` 或 `>` 之后这一行不能再写文字；正文请从下一行开始并缩进",
        "{key_part}nothing may follow `|` or `>` on its line; start the text on the next line, indented",
    ),
    "yaml_other": (
        "{key_part}这里的 YAML 写法无法识别；请对照模板检查缩进、冒号和引号",
        "{key_part}this YAML cannot be read; compare the indentation, colons and quotes with the template",
    ),
    "key_part": ("键 `{key}`：", "key `{key}`: "),
    "too_deep": (
        "嵌套超过 {limit} 层，不予读取；数据文件最多嵌套几层，请检查括号或缩进",
        "nested more than {limit} levels deep and not read; a data file nests a few levels: check "
        "the brackets or the indentation",
    ),
    "control_character": (
        "文件中有不可见的控制字符 {code}（常见于从其他软件复制粘贴）；请删除它",
        "the file contains the invisible control character {code} (often pasted from another program); "
        "delete it",
    ),
    "control_in_text": (
        "值中含不可见的控制字符 {code}；请删除它",
        "the value contains the invisible control character {code}; delete it",
    ),
    "date_bad_month": (
        "`{text}` 不是存在的日期：月份应为 1 到 12；请改正",
        "`{text}` is not a date that exists: the month runs from 1 to 12; correct it",
    ),
    "date_bad_day": (
        "`{text}` 不是存在的日期：{year} 年 {month} 月只有 {days} 天；请改正",
        "`{text}` is not a date that exists: {month}/{year} has {days} days; correct it",
    ),
    # --- the command line and its output -----------------------------------------------
    "usage_no_command": (
        "没有命令 `{name}`{hint}；可用的命令：{commands}",
        "there is no command `{name}`{hint}; the commands are: {commands}",
    ),
    "usage_no_option": (
        "{command} 没有选项 `{name}`{hint}；用 `{command} --help` 查看全部选项",
        "{command} has no option `{name}`{hint}; see `{command} --help` for them all",
    ),
    "usage_needs_value": (
        "选项 `{name}` 后面要写一个值；用 `{command} --help` 查看写法",
        "the option `{name}` needs a value after it; see `{command} --help`",
    ),
    "usage_missing": (
        "缺少 {name}；用 `{command} --help` 查看写法",
        "{name} is missing; see `{command} --help`",
    ),
    "usage_choice": (
        "{name} 的取值 `{value}` 无效{hint}；应为以下之一：{choices}",
        "`{value}` is not a value of {name}{hint}; use one of: {choices}",
    ),
    "usage_range": (
        "{name} 的取值 `{value}` 无效；应为 {low} 到 {high} 之间的整数",
        "`{value}` is not a value of {name}; give a whole number from {low} to {high}",
    ),
    "usage_integer": (
        "{name} 的取值 `{value}` 不是整数；请写整数，如 2022",
        "`{value}` is not a whole number for {name}; write one, e.g. 2022",
    ),
    "usage_value": (
        "{name} 的取值 `{value}` 无效；用 `{command} --help` 查看写法",
        "`{value}` is not a valid value of {name}; see `{command} --help`",
    ),
    "usage_extra": (
        "多余的参数：{extra}；用 `{command} --help` 查看写法（路径中有空格时请加引号）",
        "unexpected extra argument(s): {extra}; see `{command} --help` (quote a path with spaces)",
    ),
    "usage_did_you_mean": ("（是否应为 `{suggestion}`？）", " (did you mean `{suggestion}`?)"),
    "usage_other": (
        "命令写法有误；用 `{command} --help` 查看写法",
        "see `{command} --help` for how to use it",
    ),
    "interrupted": (
        "已中断（Ctrl-C）；没有留下写了一半的文件",
        "interrupted (Ctrl-C); no half-written file is left behind",
    ),
    "internal_error": (
        "内部错误（{kind}）：这是 zone-gap 的缺陷，不是您的数据的问题；请把命令和文件报告给维护者",
        "internal error ({kind}): a bug in zone-gap, not a problem with your data; please report the "
        "command and the files",
    ),
    "stdout_failed": ("无法写出结果：{reason}", "could not write the output: {reason}"),
    "stdout_closed": (
        "标准输出已关闭，zone-gap 不在这种情况下运行；如不需要输出，请重定向到 /dev/null",
        "standard output is closed, and zone-gap does not run without it; to discard the output, "
        "redirect it to /dev/null",
    ),
    "output_failed": ("无法写入 {path}：{reason}", "could not write {path}: {reason}"),
    "output_is_folder": (
        "{path} 是一个目录；请在目录后写上文件名，如 {path}/报告.html",
        "{path} is a folder; give a file name inside it, e.g. {path}/report.html",
    ),
    "output_not_regular": (
        "{path} 不是普通文件（设备或管道），不予替换；请另给一个文件名",
        "{path} is not a regular file (a device or a pipe) and is never replaced; give another file name",
    ),
    "output_is_input": (
        "{path} 是本命令读取的输入文件，结果不写入其中（加 --force 也不写）；请另给一个文件名",
        "{path} is a file this command reads; the output is never written over it, not even with "
        "--force; give another file name",
    ),
    "output_is_input_as": (
        "{path} 就是本命令读取的输入文件 {input}，结果不写入其中（加 --force 也不写）；请另给一个文件名",
        "{path} is {input}, a file this command reads; the output is never written over it, not even "
        "with --force; give another file name",
    ),
    "output_dangling_link": (
        "无法写入 {path}：{link} 是符号链接，指向的 {target} 不存在；zone-gap 不经由这样的链接写文件，"
        "也不为它创建目录；请删除该链接，或另给一个文件名",
        "cannot write {path}: {link} is a symbolic link to {target}, which does not exist; zone-gap "
        "neither writes through such a link nor creates folders for it; remove the link or give "
        "another file name",
    ),
    "output_parent_not_folder": (
        "无法写入 {path}：{parent} 是文件，不是目录；请另选输出位置",
        "cannot write {path}: {parent} is a file, not a folder; choose another place",
    ),
    "os_closed_pipe": ("接收输出的管道已关闭", "the pipe reading the output was closed"),
    "os_disk_full": ("磁盘已满", "the disk is full"),
    "os_no_permission": ("没有权限", "permission denied"),
    "os_read_only": ("文件系统只读", "the file system is read-only"),
    "os_no_such_path": ("路径不存在", "no such file or folder"),
    "os_not_a_folder": ("路径中有一部分不是目录", "a part of the path is not a folder"),
    "os_is_a_folder": ("这是一个目录", "it is a folder"),
    "os_name_too_long": ("文件名太长", "the file name is too long"),
    "os_link_loop": ("符号链接循环", "a loop of symbolic links"),
    "os_io": ("读写设备出错", "an input/output error on the device"),
    "os_other": ("系统错误 {code}", "system error {code}"),
    # --- values ------------------------------------------------------------------------
    "missing": ("缺少必填项 `{key}`；请添加 `{key}: …`", "missing required key `{key}`; add `{key}: …`"),
    "extra_forbidden": ("未知的键 `{key}`{hint}", "unknown key `{key}`{hint}"),
    "did_you_mean": ("，是否应为 `{suggestion}`？", "; did you mean `{suggestion}`?"),
    "valid_keys": ("；可用的键：{keys}", "; valid keys: {keys}"),
    "count_type": (
        "`{field}` 是个数，应写非负整数，而不是 `{value}`",
        "`{field}` is a count: write a whole number, not `{value}`",
    ),
    "count_negative": ("个数不能为负数：{value}", "a count cannot be negative: {value}"),
    "amount_type": (
        "`{field}` 是金额（万元），应写数字，如 `{field}: 125000`，而不是 `{value}`",
        "`{field}` is an amount in 万元 (10,000 yuan): write a number such as `{field}: 125000`, "
        "not `{value}`",
    ),
    "amount_negative": ("金额不能为负数：{value}", "an amount cannot be negative: {value}"),
    "figure_said": ("{field}：{message}", "{field}: {message}"),
    "percent_sign": (
        "百分比须带 % 号：请写 `{example}`（若 {value} 是小数形式的比例，请写 `{as_fraction}`）",
        "a percentage needs its % sign: write `{example}` (or `{as_fraction}` if {value} is a fraction)",
    ),
    "percent_sign_one": (
        "百分比须带 % 号：请写 `{example}`",
        "a percentage needs its % sign: write `{example}`",
    ),
    "percent_sign_only": (
        "百分比须带 % 号，如 `5.5%`；{value} 不是可用的百分数",
        "a percentage needs its % sign, e.g. `5.5%`; {value} cannot be one",
    ),
    "rate_range": (
        "增幅不能低于 -100%（数量不会少于零），而不是 {value}",
        "a rate of change cannot be below -100% (a count cannot fall below zero), not {value}",
    ),
    "percent_format": (
        "无法识别的百分比 `{value}`；请写成 `5.5%` 的形式",
        "`{value}` is not a percentage; write it like `5.5%`",
    ),
    "share_range": (
        "占比应在 0% 到 100% 之间，而不是 {value}",
        "a share must lie between 0% and 100%, not {value}",
    ),
    "year_type": (
        "年份应为四位整数，例如 `year: 2022`",
        "the year must be a four-digit number, e.g. `year: 2022`",
    ),
    "text_blank": (
        "`{field}` 为空；请在冒号后写上内容",
        "`{field}` is blank; write its value after the colon",
    ),
    "text_type": (
        "`{field}` 应为文字；若像数字或列表，请加引号",
        "`{field}` expects text; quote it if it looks like a number or a list",
    ),
    "bool_type": ("`{field}` 应为 true 或 false", "`{field}` expects true or false"),
    "mapping_type": ("应为“键: 值”映射", "expected a `key: value` mapping"),
    "list_type": ("应为列表（每项以 `- ` 开头）", "expected a list (each item starting with `- `)"),
    "date_type": ("应为日期，例如 `as_of: 2022-06-30`", "expected a date, e.g. `as_of: 2022-06-30`"),
    "choice_type": ("应为以下之一：{choices}", "expected one of: {choices}"),
    "value_invalid_at": (
        "`{field}` 的值无效；请对照模板或 `zone-gap schema` 的说明填写",
        "the value of `{field}` is not valid; see the template or `zone-gap schema`",
    ),
    "count_or_percent": (
        "`{field}` 应写整数（家数，如 `13`）或百分比（如 `0.5%`），而不是 `{value}`",
        "`{field}` takes a whole number (a count, e.g. `13`) or a percentage (e.g. `0.5%`), not `{value}`",
    ),
    "number_type": (
        "`{field}` 应写数字，如 `{field}: 75`，而不是 `{value}`",
        "`{field}` takes a number such as `{field}: 75`, not `{value}`",
    ),
    "figure_undeclared": (
        "`{value}` 不是本标准 `figures:` 中声明的数字项{hint}",
        "`{value}` is not a figure declared under this standard's `figures:`{hint}",
    ),
    "figure_reserved": (
        "`{key}` 是数据文件的固定键，不能用作数字项名称；请换一个名称",
        "`{key}` is a fixed key of a figures file and cannot name a figure; choose another name",
    ),
    "part_of_cycle": (
        "数字项互为 part_of，形成循环：{figures}；请删去其中一处 part_of",
        "these figures are part of each other in a circle: {figures}; remove one of the part_of",
    ),
    "band_edges": (
        "一个分档只能有一个下沿：`at_least` 或 `above`",
        "a band has one lower edge: `at_least` or `above`",
    ),
    "scale_measure": (
        "计分档须对应一个数字项（`figure`）或两个数字项之比（`ratio: [分子, 分母]`），二者取一",
        "a scale measures one figure (`figure`) or the ratio of two "
        "(`ratio: [numerator, denominator]`), one of them",
    ),
    "part_source": (
        "得分部分 `{part}` 须且只须有一种来源：`figure`/`ratio` 加 `bands`、`best_of`、`typed` 或 `parts`",
        "the part `{part}` takes its points from exactly one of: `figure`/`ratio` with `bands`, `best_of`, "
        "`typed` or `parts`",
    ),
    "band_bar": (
        "对某部分得分的要求须且只须写一个：`at_least` 或 `above`",
        "a bar on a part's points takes exactly one of `at_least` or `above`",
    ),
    "score_part_twice": (
        "得分部分编号 `{part}` 重复；每个部分的编号须唯一",
        "the part id `{part}` is used twice; every part needs its own",
    ),
    "score_made": ("得分：{parts} = {total}", "score: {parts} = {total}"),
    "score_part_bar": (
        "另须“{part}”部分得分 {symbol}{value}",
        "the part “{part}” must also score {symbol}{value}",
    ),
    "score_parts_short": (
        "`{part}` 的各子项满分之和小于其满分 {most}",
        "the parts of `{part}` add up to less than its maximum of {most}",
    ),
    "score_unreachable": (
        "各部分满分合计只有 {most} 分，达不到这一门槛",
        "the parts add up to at most {most} points, which cannot meet this bar",
    ),
    "unknown_part": (
        "没有得分部分 `{key}`（已有：{parts}）",
        "there is no part `{key}` (there are: {parts})",
    ),
    "score_typed_range": (
        "分值 {value} 不在 0 到 {most} 分之间",
        "the mark {value} is not between 0 and {most} points",
    ),
    "score_typed_whole": (
        "分值应为整数（各级指标均按整数打分），而不是 {value}",
        "marks are whole numbers (every item is scored in whole points), not {value}",
    ),
    "score_points_range": (
        "分值 {points} 须在 0 到该部分满分 {most} 之间，且由低到高",
        "points {points} must lie from 0 to the part's maximum of {most}, low to high",
    ),
    "score_bands_order": (
        "分档须由高到低排列：下沿 {value} 不低于上一档",
        "bands run from the highest down: the edge {value} is not below the band before",
    ),
    "score_band_open_missing": (
        "最后一档须不写下沿（其余情形），否则低于所有下沿的值无分可给",
        "the last band has no edge (any value left); otherwise a value below every edge gets no points",
    ),
    "parts_same": (
        "两个部分都是 `{part}`：去重占比须由两个不同的数字项组成",
        "both parts are `{part}`: a distinct share is made of two different figures",
    ),
    "overlap_not_part": (
        "重叠数 `{overlap}` 须是两个部分的一部分；请在 figures 中为它写 `part_of: [{parts}]`",
        "the overlap `{overlap}` must be part of both parts; declare `part_of: [{parts}]` for it under "
        "figures",
    ),
    "nested_not_part": (
        "`nested: true` 表示分子计入分母的总数，但 `{numerator}` 的 part_of 中没有 `{denominator}`；"
        "请在 figures 中为 `{numerator}` 写 `part_of: {denominator}`，或删去 nested",
        "`nested: true` says the numerator is counted in the denominator's total, but `{numerator}` "
        "is not `part_of: {denominator}`; declare it so under figures, or remove nested",
    ),
    "standard_nothing_counted": (
        "标准中没有计入结论的指标（全部为鼓励性条款或为空）；至少写一个指标，否则结论总是“全部达标”",
        "the standard has no criterion that counts towards the verdict (none, or only encouraged "
        "clauses); add one, or every file would be called all met",
    ),
    "part_of_unit": (
        "`{key}` 与 `{whole}` 的单位不同，不能写 `part_of: {whole}`",
        "`{key}` and `{whole}` have different units; `part_of: {whole}` cannot hold",
    ),
    "figure_unit": (
        "这里的数字项应为 {wanted} 单位，而 `{key}` 是 {unit}",
        "a figure here must be of unit {wanted}, but `{key}` is {unit}",
    ),
    "threshold_percent": (
        "这里的门槛应为百分比，如 `20%`（或 `{{reference: 表名}}`、`{{tiers: …}}`）",
        "this threshold must be a percentage such as `20%` (or `{{reference: table}}`, `{{tiers: …}}`)",
    ),
    "threshold_number": (
        "这里的门槛应为数字，如 `70`，不带 % 号（该数字项不是百分比）",
        "this threshold must be a number such as `70`, without % (the figure is not a percentage)",
    ),
    "threshold_bool": (
        "`{field}` 须写数字，如 `{field}: 200`（百分比如 `{field}: 20%`）；这里写的是是/否值"
        "（YAML 把 yes、no、true、false、on、off 读作是/否），不是数字",
        "`{field}` takes a number, e.g. `{field}: 200` (a percentage: `{field}: 20%`); this is a yes/no "
        "value (YAML reads yes, no, true, false, on and off so), not a number",
    ),
    "threshold_quoted": (
        "`{field}` 须写不加引号的数字：`{field}: {plain}`；加了引号的 `'{value}'` 是文字，不是数字",
        "`{field}` takes a number without quotes: `{field}: {plain}`; `'{value}'` in quotes is text, "
        "not a number",
    ),
    "threshold_text": (
        "`{field}` 须写数字，如 `{field}: 200`，或百分比，如 `{field}: 20%`，而不是 `{value}`",
        "`{field}` takes a number such as `{field}: 200` or a percentage such as `{field}: 20%`, "
        "not `{value}`",
    ),
    "threshold_one_band": (
        "分档门槛至少要有两档（只有 {count} 档）；只有一个门槛时，请直接写数字或百分比，如 `at_least: 5%`",
        "tiers need at least two bands (there is {count}); for one threshold, write it as a plain number "
        "or percentage, e.g. `at_least: 5%`",
    ),
    "threshold_always": (
        "门槛 {bar} 对任何数据都达标：{why}；请改正门槛，或删去这项指标",
        "the bar {bar} is met whatever the figures: {why}; correct the threshold, or remove the criterion",
    ),
    "threshold_never": (
        "门槛 {bar} 对任何数据都达不到：{why}；请改正门槛",
        "the bar {bar} can never be met: {why}; correct the threshold",
    ),
    "tiers_band_never": (
        "`up_to: {value}` 这一档永远用不上：{why}，`{by}` 总是大于 {value}；请改正这一档的上限",
        "the band `up_to: {value}` never applies: {why}, so `{by}` is always above {value}; correct "
        "its bound",
    ),
    "tiers_rest_never": (
        "`up_to: {value}` 已包括 `{by}` 的全部取值（{why}），其后各档永远用不上；请改正上限，或删去其后各档",
        "the band `up_to: {value}` takes every value `{by}` can have ({why}): the bands after it never "
        "apply; correct its bound, or remove them",
    ),
    "reach_count": ("个数不会小于 0", "a count is never below 0"),
    "reach_amount": ("金额不会小于 0", "an amount is never below 0"),
    "reach_share": ("占比在 0% 到 100% 之间", "a share lies within 0% to 100%"),
    "reach_rate": ("增幅不会低于 -100%", "a rate of change is never below -100%"),
    "reach_part_of": (
        "`{numerator}` 是 `{denominator}` 的一部分（part_of），二者之比在 0% 到 100% 之间",
        "`{numerator}` is part of `{denominator}` (part_of), so their ratio lies within 0% to 100%",
    ),
    "reach_ratio": (
        "`{numerator}` 与 `{denominator}` 都不会为负，二者之比不会小于 0%",
        "neither `{numerator}` nor `{denominator}` is ever negative, so their ratio is never below 0%",
    ),
    "reach_score": ("得分不会小于 0", "a score is never below 0"),
    "tiers_open_band": (
        "只有最后一档可以不写 `up_to`；请为本档写上限",
        "only the last band may leave out `up_to`; give this band its upper bound",
    ),
    "tiers_last_band": (
        "最后一档不应写 `up_to`：它适用于以上各档之外的全部数值",
        "the last band takes no `up_to`: it covers every value above the bands before it",
    ),
    "tiers_order": (
        "各档的 `up_to` 须从小到大排列；{value} 不大于上一档",
        "the bands' `up_to` must rise; {value} is not above the band before",
    ),
    "series_undeclared": (
        "参照表 `{table}` 用到了未在 `series:` 中声明的系列 `{series}`（已声明：{known}）",
        "the reference table `{table}` uses the series `{series}`, not declared under `series:` "
        "(declared: {known})",
    ),
    "criterion_comparisons": (
        "每项指标须恰好写一种比较：{choices} 之一（现为：{given}）",
        "a criterion takes exactly one comparison, one of {choices} (given: {given})",
    ),
    "figure_unknown": (
        "`{value}` 不是基础数据中的数字项（可用：{keys}）",
        "`{value}` is not a figure of the baseline (use one of: {keys})",
    ),
    "id_yaml": (
        "`{field}: {text}` 会被 YAML 读作{what}，不是文字；"
        "编号请加引号写成 `{field}: '{text}'`，或换一个编号",
        "YAML reads `{field}: {text}` as {what}, not as text; quote the id, `{field}: '{text}'`, or choose "
        "another",
    ),
    "key_yaml": (
        "键 `{text}` 会被 YAML 读作{what}，不是文字；请加引号写成 `'{text}':`，或换一个名称",
        "YAML reads the key `{text}` as {what}, not as text; quote it, `'{text}':`, or choose another name",
    ),
    "id_empty": (
        "编号不能为空；请写一个编号，如 `rd_institutions`",
        "an id cannot be empty; write one, e.g. `rd_institutions`",
    ),
    "yaml_bool": ("是/否值", "a yes/no value"),
    "yaml_null": ("空值", "nothing (null)"),
    "yaml_number": ("数字", "a number"),
    "yaml_date": ("日期", "a date"),
    "key_type": (
        "键 `{key}` 应为文字编号，如 `boundaries`",
        "the key `{key}` must be a text id, e.g. `boundaries`",
    ),
    "kind_missing": ("缺少 `kind:`；请写明指标类型", "`kind:` is missing; give the criterion's kind"),
    "list_too_short": ("`{field}` 至少要有 {count} 项", "`{field}` needs at least {count} items"),
    "year_range": (
        "`{field}` 应为 {low} 到 {high} 之间的年份",
        "`{field}` must be a year from {low} to {high}",
    ),
    "number_at_least": ("`{field}` 不能小于 {low}", "`{field}` cannot be less than {low}"),
    "number_at_most": ("`{field}` 不能大于 {high}", "`{field}` cannot be more than {high}"),
    "typed_wide_value": (
        "{message}（这里用了全角字符或中文引号；请写 `{plain}`）",
        "{message} (typed with full-width characters or Chinese quotes: write `{plain}`)",
    ),
    # --- relations inside a baseline ----------------------------------------------------
    "more_than": (
        "`{part}`（{part_value}）大于 `{whole}`（{whole_value}）；请核对两个数字",
        "`{part}` ({part_value}) is more than `{whole}` ({whole_value}); check both figures",
    ),
    "distinct_more_than": (
        "`{first}` 与 `{second}` 去重后至少 {count} 家，多于 `{whole}` 的 {whole_value} 家；请核对",
        "`{first}` and `{second}` make at least {count} distinct enterprises, more than the "
        "{whole_value} of `{whole}`; check the figures",
    ),
    "report_roster_year": (
        "名录是 {roster} 年的，而材料的数据是 {year} 年的：补齐差距的企业一页按 {roster} 年名录计",
        "the roster is for {roster} and the pack's figures for {year}: the page of enterprises to close "
        "the gaps counts the {roster} roster",
    ),
    "figures_unknown_standard": (
        "本文件写明的对照标准 `{named}` 不存在（可用的标准：{ids}）{hint}",
        "the standard `{named}` this file names does not exist (the standards are: {ids}){hint}",
    ),
    "figures_other_standard": (
        "本文件写明对照标准 `{named}`，而所用标准是 `{used}`；请用 --standard {named}，或改正 `standard:`",
        "this file names the standard `{named}`, but `{used}` is in use; give --standard {named}, "
        "or correct `standard:`",
    ),
    "year_not_file": (
        "`year: {year}` 与文件名所示的 {named} 年不符；请改正其一",
        "`year: {year}` disagrees with the file name's {named}; correct one of them",
    ),
    "figures_before_effective": (
        "这些数字截至 {when}，早于《{standard}》的施行日期 {effective}，当时该标准尚未施行；"
        "请确认所用的标准，或数字的年份",
        "these figures stand at {when}, before “{standard}” took effect on {effective}, when it was not "
        "yet in force; check the standard used, or the figures' year",
    ),
    "as_of_outside": (
        "截至日期 {as_of} 不在 {year} 年内；请写 {year} 年内的日期",
        "`as_of: {as_of}` lies outside {year}; write a date within {year}",
    ),
    "kind_unknown": (
        "看不出是标准、基础数据还是方案文件；请放入 standards/、baselines/ 或 plans/，或用 --kind 指定",
        "cannot tell whether this is a standard, a baseline or a plan; put it in standards/, "
        "baselines/ or plans/, or give --kind",
    ),
    "standard_unusable": (
        "未能对照标准检查：标准文件 {standard} 缺失、无法读取或无效（见其错误）；"
        "修好标准后本文件才算检查完毕",
        "not checked against the standard: {standard} is missing, unreadable or invalid (see its "
        "errors); this file counts as checked once the standard is mended",
    ),
    "national_rd_format": (
        "--national-rd 的取值 `{value}` 不是百分比；请写成 `2.65%` 的形式",
        "`{value}` for --national-rd is not a percentage; write it like `2.65%`",
    ),
    "national_rd_range": (
        "--national-rd 的取值 `{value}` 不在 0% 到 100% 之间；全国研发强度是占 GDP 的比重，如 `2.65%`",
        "`{value}` for --national-rd is outside 0% to 100%; the national R&D intensity is a share of GDP, "
        "e.g. `2.65%`",
    ),
    "roster_wide_comma": (
        "这一格里有全角逗号“，”，而本行比表头少列：若“，”本应分隔两格，请改成半角逗号“,”",
        "this cell holds a full-width comma “，” and the row has fewer cells than the header: if it was "
        "meant to separate two cells, write a half-width comma “,”",
    ),
    "pipeline_format": (
        "--pipeline 可以 table、json、csv 或 xlsx 输出，不能用 --format {format}",
        "--pipeline is shown as table, json, csv or xlsx, not --format {format}",
    ),
    "standard_id_twice": (
        "标准编号 `{id}` 也由 {others} 声明；一个编号只能对应一个标准文件："
        "请改正其中一个的 `id:`，或删去多余的文件",
        "the standard id `{id}` is declared by {others} too; an id names one standard file: change one "
        "of the `id:`, or remove the extra file",
    ),
    "standard_named_as_another": (
        "文件名 {file} 是另一个标准 `{other}` 的编号，本文件声明的却是 `{id}`："
        "按编号和按文件名会找到不同的文件；请把文件改名为 {id}.yaml，或改正 `id:`",
        "the file is named {file}, the id of another standard, `{other}`, but declares `{id}`: a look-up by "
        "id and one by file name would find different files; rename it {id}.yaml, or correct `id:`",
    ),
    "standard_id_unknown": (
        "--standard 的取值 `{value}` 既不是文件，也不是内置标准的编号（{ids}）；"
        "请给出标准文件的路径或其中一个编号",
        "`{value}` for --standard is neither a file nor the id of a shipped standard ({ids}); give a "
        "standard file's path or one of those ids",
    ),
    "series_unknown": (
        "--series 的取值 `{value}` 无效；应为以下之一：{choices}",
        "`{value}` is not a value of --series; use one of: {choices}",
    ),
    "series_no_tables": (
        "--series {value}：标准《{standard}》没有参照表，也就没有可选的系列；请去掉 --series",
        "--series {value}: the standard “{standard}” has no reference table, so no series to choose "
        "from; leave out --series",
    ),
    "national_rd_unused": (
        "--national-rd {value}：标准《{standard}》不参照全国研发强度（没有参照表），这一取值不会被用到；"
        "请去掉 --national-rd",
        "--national-rd {value}: the standard “{standard}” reads no national R&D average (it has no "
        "reference table), so the value would not be used; leave out --national-rd",
    ),
    "superseded_before_effective": (
        "取代日期 {on} 早于施行日期 `effective: {effective}`：标准不能在施行之前就被取代；请改正其一",
        "superseded on {on}, before it took effect (`effective: {effective}`): a standard cannot be "
        "superseded before it is in force; correct one of the dates",
    ),
    "plan_other_standard": (
        "方案对照的是标准 `{named}`，而所用标准是 `{used}`；"
        "请用 --standard 给出方案对应的标准文件，或改正 `standard:`",
        "the plan is written against the standard `{named}`, but `{used}` is in use; give the plan's "
        "standard with --standard, or correct `standard:`",
    ),
    "plan_negative": (
        "`{key}` 不能为负数；方案的年增量和目标应为零或正数（只有标准设上限的数字项，年增量可为负）",
        "`{key}` cannot be negative; a plan's increments and targets are zero or more (only a figure "
        "its criterion caps may fall each year)",
    ),
    "target_criterion_mismatch": (
        "指标 `{criterion}` 不是由 `{figure}` 计算的；请写与该目标对应的指标编号",
        "the criterion `{criterion}` is not computed from `{figure}`; name the criterion this target serves",
    ),
    "unknown_table": (
        "参照表 `{table}` 不在本文件的 `references:` 中（已有：{tables}）",
        "the reference table `{table}` is not among this file's `references:` (there are: {tables})",
    ),
    "duplicate_id": (
        "编号 `{id}` 重复（第 {line} 行已用）；每个指标和分支的编号须唯一",
        "the id `{id}` is used twice (already on line {line}); every criterion and branch id must be unique",
    ),
    "year_file_is_folder": (
        "这是一个目录，却按年份文件命名；基础数据目录中每年一个 .yaml 文件，请改名或移走",
        "a folder named like a year's file; a baselines folder holds one .yaml file a year: "
        "rename or move it",
    ),
    "year_file_upper": (
        "扩展名应为小写：请改名为 {lower}",
        "the extension must be lower-case: rename it {lower}",
    ),
    "year_twice": (
        "{year} 年已有文件 {other}；每年只能有一个文件",
        "{other} is already for {year}: one file a year",
    ),
    "year_missing": (
        "{before} 年与 {after} 年之间缺少 {missing} 年的文件",
        "no file for {missing} between {before} and {after}",
    ),
    "park_renamed": (
        "园区名称由 {year} 年的“{old}”变为“{new}”；一个目录只放一个园区的数据：若是同一园区请统一名称，"
        "否则请分放两个目录",
        "the park's name changed from “{old}” ({year}) to “{new}”; a folder holds one park: if it is "
        "the same park use one name, else keep them in two folders",
    ),
    "reference_lacks": (
        "参照表 `{table}` 缺少基础数据所需的年份：{years}（将采用最近年份的值）",
        "the table `{table}` lacks years the baselines need: {years} (the latest known value will be used)",
    ),
    "strict_warnings": (
        "有 {warnings} 个提示；加了 --strict，提示也算失败",
        "{warnings} warning(s), which fail with --strict",
    ),
    "validate_summary": (
        "检查 {files} 个文件：{valid} 个有效，{invalid} 个无效；错误 {errors} 个，提示 {warnings} 个",
        "{files} files checked: {valid} valid, {invalid} invalid; {errors} errors, {warnings} warnings",
    ),
    # --- worked cases beside a standard (standards/<id>.cases.yaml) ----------------------
    "cases_standard_other": (
        "文件名表明这些案例属于标准 `{named}`，而 `standard:` 写的是 `{written}`；请改正其一",
        "the file's name says these cases are for the standard `{named}`, but `standard:` says "
        "`{written}`; correct one of them",
    ),
    "cases_standard_missing": (
        "找不到标准 `{standard}`：它不在所检查的文件中，本文件旁也没有 {beside}，也不是内置标准",
        "no standard `{standard}`: it is not among the files checked, there is no {beside} beside this "
        "file, and it is not a shipped one",
    ),
    "cases_unknown_id": (
        "标准 `{standard}` 中没有指标或分支 `{key}`{hint}",
        "the standard `{standard}` has no criterion or branch `{key}`{hint}",
    ),
    "cases_name_twice": (
        "案例名称“{name}”重复（第 {line} 行已用）；每个案例的名称须唯一",
        "the case name “{name}” is used twice (already on line {line}); every case needs its own name",
    ),
    "cases_deadline_before": (
        "期限 {deadline} 年早于数据年份 {year} 年；请写 {year} 年或以后",
        "the deadline {deadline} is before the figures' year {year}; write {year} or later",
    ),
    "number_exact": (
        "`{field}` 应为精确的数，如整数 `38`、小数 `0.5`、分数 `1/3` 或百分数 `5.5%`，而不是 `{value}`",
        "`{field}` must be an exact number such as `38`, `0.5`, `1/3` or `5.5%`, not `{value}`",
    ),
    "nothing_to_check": ("没有可检查的文件：{paths}", "nothing to check: {paths}"),
    "no_such_path": ("找不到文件或目录：{path}", "no such file or folder: {path}"),
    "file_exists": (
        "{path} 已存在，未覆盖；如确要替换，请加 --force",
        "{path} exists and was left alone; add --force to replace it",
    ),
    "file_written": ("已写入 {path}", "wrote {path}"),
    "phase_backwards": (
        "阶段结束日期 {end} 早于开始日期 {start}",
        "the phase ends ({end}) before it starts ({start})",
    ),
    "deadline_before_data": (
        "期限 {deadline} 年早于数据年份 {year} 年；请用 --by 指定 {year} 年或以后",
        "the deadline {deadline} is before the data year {year}; give --by {year} or later",
    ),
    "unknown_criterion": ("标准中没有指标 `{key}`{hint}", "the standard has no criterion `{key}`{hint}"),
    "deadline_before_base": ("期限应晚于基期 {base} 年", "the deadline must come after the base year {base}"),
    "count_wanted": (
        "`{key}` 是个数，此处应写整数，如 `13`",
        "`{key}` is a count: write a whole number such as `13`",
    ),
    "number_wanted": (
        "`{key}` 是数值，此处应写不带 % 号的数字，如 `0.5`",
        "`{key}` is a number: write it without a % sign, such as `0.5`",
    ),
    "percent_wanted": (
        "`{key}` 是比例，此处应写百分比，如 `0.5%`",
        "`{key}` is a share: write a percentage such as `0.5%`",
    ),
    "unknown_clause": ("标准中没有条款 `{key}`{hint}", "the standard has no clause `{key}`{hint}"),
    "subject_other": (
        "本文件是{of_other}的数据（`{other}:`），而《{standard}》评价的是{of_subject}（`{subject}:`）；"
        "请用评价{of_other}的标准（--standard，或在文件中写 `standard:`）",
        "this file holds the figures of {of_other} (`{other}:`), but “{standard}” judges {of_subject} "
        "(`{subject}:`); use a standard for {of_other} (--standard, or `standard:` in the file)",
    ),
    "subject_word_park": ("园区", "a park"),
    "subject_word_enterprise": ("企业", "an enterprise"),
    "year_mismatch": (
        "上一年文件的年份是 {found}，应为 {expected}",
        "the previous year's file is for {found}, expected {expected}",
    ),
    "no_baselines": (
        "目录 {folder} 中没有基础数据文件（如 2020.yaml）",
        "no baseline files (such as 2020.yaml) in {folder}",
    ),
    # --- cross-checks (warnings) --------------------------------------------------------
    "zero_denominator": (
        "`{key}` 为 0，占比 `{criterion}` 无法计算，按未知处理；请核对该数字",
        "`{key}` is 0, so the share `{criterion}` cannot be computed and is unknown; check the figure",
    ),
    "share_disagrees": (
        "填报的 {written} 与 {source} 算得的 {derived} 不符（超出其舍入范围 ±{tolerance}）",
        "the reported {written} disagrees with {derived} from {source} (beyond its rounding of ±{tolerance})",
    ),
    "share_below_bound": (
        "填报的 {written} 低于 {source} 证明的下限 {derived}（超出其舍入范围 ±{tolerance}）",
        "the reported {written} is below the {derived} that {source} prove "
        "(beyond its rounding of ±{tolerance})",
    ),
    "share_above_bound": (
        "填报的 {written} 高于 {source} 允许的上限 {derived}（超出其舍入范围 ±{tolerance}）",
        "the reported {written} is above the {derived} that {source} allow "
        "(beyond its rounding of ±{tolerance})",
    ),
    # --- notes in the gap table -----------------------------------------------------------
    "standards_subject": ("对象：{subject}", "subject: {subject}"),
    "standards_effective": ("施行：{on}", "effective: {on}"),
    "standards_superseded": ("已于 {on} 被 {by} 取代", "superseded on {on} by {by}"),
    "standards_to_be_superseded": ("将于 {on} 被 {by} 取代", "to be superseded on {on} by {by}"),
    "standards_join": (" · ", " · "),
    "standards_source": ("来源：{source}", "source: {source}"),
    "subject_park": ("园区", "a park"),
    "subject_enterprise": ("企业", "an enterprise"),
    "tier_used": (
        "按 {by} = {value} 所在档取门槛",
        "threshold of the band {by} = {value} falls in",
    ),
    "strict_above": (
        "标准要求“高于”（不含本数）：恰好等于门槛不达标",
        "the standard asks for more than the threshold (not including it): exactly the threshold fails",
    ),
    "strict_below": (
        "标准要求“低于”（不含本数）：恰好等于门槛不达标",
        "the standard asks for less than the threshold (not including it): exactly the threshold fails",
    ),
    "standard_superseded": (
        "注意：《{standard}》已于 {on} 被 {by} 取代；本结果仍按原标准计算",
        "note: “{standard}” was superseded on {on} by {by}; these results still follow the old standard",
    ),
    "standard_to_be_superseded": (
        "注意：《{standard}》将于 {on} 被 {by} 取代；本结果按现行标准计算",
        "note: “{standard}” is to be superseded on {on} by {by}; these results follow the standard in force",
    ),
    "reference_used": ("{year}年{table} {value}（{series}）", "{table} {year}: {value} ({series})"),
    "reference_fallback": (
        "{asked}年尚无{asked_series}数据，采用{year}年 {value}（{series}）",
        "no {asked_series} value for {asked} yet; using {year}: {value} ({series})",
    ),
    "reference_override": (
        "全国平均采用命令行指定的 {value}",
        "national average overridden on the command line: {value}",
    ),
    "count_needed": (
        "按现有分母 {whole} 计（即由已计入其中的单位转化而来、总数不变），需达到 {total} {noun}"
        "（须 {symbol}{threshold} × {whole} 的最小整数）",
        "at today's denominator of {whole} (ones already counted in it become qualifying ones, the "
        "total unchanged): {total}{noun} needed (the least whole number {symbol}{threshold} × {whole})",
    ),
    "count_needed_nested": (
        "每新增一{noun}也同时计入总数 {denominator}："
        "({part}+{added})/({whole}+{added}) {symbol} {threshold}，需新增 {added} {noun}",
        "each one added also counts in the total {denominator}: "
        "({part}+{added})/({whole}+{added}) {symbol} {threshold}, so {added}{noun} more",
    ),
    "count_unreachable_nested": (
        "每新增一{noun}也同时计入总数 {denominator}，新增无法使占比达到 {symbol}{threshold}",
        "each one{noun} added also counts in the total {denominator}, so no number of additions "
        "reaches {symbol}{threshold}",
    ),
    "lower_bound_only": ("未填 {part}，仅知下限", "{part} not given: only a lower bound is known"),
    "overlap_unknown": (
        "两类企业的重叠数未知，仅知范围；请填 {overlap}",
        "the overlap is unknown, so only a range is known; supply {overlap}",
    ),
    "growth_path": (
        "每年增长 {rate} 的最低路径：{first}年起 {path}{unit}",
        "smallest path growing {rate} a year: {path}{unit} from {first}",
    ),
    "growth_path_no_base": (
        "{year}年为 {value}{unit}：从 0 或负数起，按每年增长 {rate} 推算不出路径",
        "{value}{unit} in {year}: from zero or below, no path growing {rate} a year can be worked out",
    ),
    "unit_word_count": (" {noun}", "{noun}"),
    "unit_word_amount": (" 万元", " 万元"),
    "unit_word_share": ("", ""),
    "unit_word_rate": ("", ""),
    "unit_word_number": ("", ""),
    "growth_from_zero": (
        "上年为 0{unit}，增幅无从计算；按有增长计",
        "last year's figure was 0{unit}: no rate exists; any increase counts",
    ),
    "growth_from_files": (
        "由上年文件算得：{before} → {after}{unit}",
        "from last year's file: {before} → {after}{unit}",
    ),
    # --- the gap table ---------------------------------------------------------------------
    "status_met": ("达标", "met"),
    "status_unmet": ("未达标", "unmet"),
    "status_unknown": ("未知", "unknown"),
    "unknown_value": ("未知", "unknown"),
    "unknown_supply": ("未知：缺 {keys}", "unknown: supply {keys}"),
    "threshold_at_deadline": ("（期末 {value}）", " (at deadline {value})"),
    "gap_count": ("{n} {noun}", "{n}{noun} more"),
    "gap_points": ("{n} 个百分点", "{n} pp short"),
    "gap_points_count": ("（约 {n} {noun}）", " (≈{n}{noun} more)"),
    "gap_points_amount": (
        "（按现有分母计，分子约差 {n} 万元）",
        " (numerator ≈{n} 万元 short at today's denominator)",
    ),
    "per_year_count": ("{n} {noun}/年", "{n}{noun} a year"),
    "per_year_amount": ("{n} 万元/年", "{n} 万元 a year"),
    "per_year_number": ("{n}/年", "{n} a year"),
    "gap_amount": ("{n} 万元", "{n} 万元 short"),
    "gap_number": ("差 {n}", "{n} short"),
    "gap_count_over": ("超出 {n} {noun}", "{n}{noun} too many"),
    "gap_amount_over": ("超出 {n} 万元", "{n} 万元 over"),
    "gap_number_over": ("超出 {n}", "{n} over"),
    "gap_points_over": ("超出 {n} 个百分点", "{n} pp over"),
    "gap_strict_above": ("恰在门槛上；须高于门槛", "exactly at the bar; must exceed it"),
    "gap_strict_below": ("恰在门槛上；须低于门槛", "exactly at the bar; must be below it"),
    "change_points": ("{n} 个百分点/年", "{n} pp a year"),
    "category_counts": ("各类别项数：{counts}", "Criteria by category: {counts}"),
    "per_year_points": ("{n} 个百分点/年", "{n} pp a year"),
    "decided_met": ("由“{branch}”达标", "met through “{branch}”"),
    "decided_unmet": ("最接近的是“{branch}”", "nearest: “{branch}”"),
    "decided_unknown": ("取决于“{branch}”", "turns on “{branch}”"),
    "supply": ("请补充 {keys}", "supply {keys}"),
    "or": (" 或 ", " or "),
    "as_of": ("（截至 {date}）", " (as of {date})"),
    "heading": (
        "{park} · {year}年{as_of} · 对照《{standard}》 · 期限 {deadline}年底（剩 {years} 年）",
        "{park} · {year}{as_of} · against the {standard} · deadline end of {deadline} ({years} years left)",
    ),
    "heading_enterprise": (
        "{park} · {year}年{as_of} · 对照《{standard}》",
        "{park} · {year}{as_of} · against the {standard}",
    ),
    "summary": (
        "共 {total} 项：达标 {met} 项，未达标 {unmet} 项，未知 {unknown} 项",
        "{total} criteria: {met} met, {unmet} unmet, {unknown} unknown",
    ),
    "summary_numeric": (
        "；其中数量指标 {total} 项：达标 {met}，未达标 {unmet}，未知 {unknown}",
        "; of which {total} numeric: {met} met, {unmet} unmet, {unknown} unknown",
    ),
    "summary_encouraged": ("（另有鼓励项 {n} 项，不计入）", " (plus {n} encouraged item(s), not counted)"),
    "rounding": (
        "百分比按四舍五入保留 {decimals} 位小数；{decimals} 位小数会掩盖差别时（数值与标准看似相等、"
        "差距看似为零），多显示几位；“每年需增”的家数向上取整；个百分点为百分比之差；"
        "“以上”“不低于”“达到”均含本数。",
        "Percentages rounded half-up to {decimals} decimals, with more shown where {decimals} would hide "
        "a difference (a figure that would look equal to its threshold, a gap that would look like "
        "zero); enterprises needed per year rounded up; pp = percentage points; every threshold "
        "includes the number itself.",
    ),
    "col_criterion": ("指标", "Criterion"),
    "col_status": ("状态", "Status"),
    "col_actual": ("现状", "Actual"),
    "col_threshold": ("标准", "Threshold"),
    "col_gap": ("差距", "Gap"),
    "col_per_year": ("每年需增", "Needed a year"),
    "col_cagr": ("需年均增速", "Needed CAGR"),
    "col_notes": ("说明", "Notes"),
    "col_clause": ("条款", "Clause"),
    "col_evidence": ("依据 / 需补充", "Evidence / to supply"),
    "numeric_title": ("数量指标", "Numeric criteria"),
    "clause_title": ("定性条款", "Qualitative clauses"),
    "footnote": ("{label}：{notes}", "{label}: {notes}"),
    "separator": ("；", "; "),
    "colon": ("：", ": "),
    "warnings_title": ("输入数据提示", "Input warnings"),
    # --- projection ---------------------------------------------------------------------------
    "zero_base_linear": (
        "首个数据为 0：不计复合增速，只用线性方法",
        "the first figure is zero: no compound rate, linear only",
    ),
    "projected_by_parts": (
        "分子、分母各按自身趋势推算",
        "numerator and denominator projected on their own trends",
    ),
    "projected_as_share": (
        "文件只给出占比，按占比本身推算；填写分子和分母可分别推算",
        "only the share is given, so the share itself is projected; give numerator and "
        "denominator to project them separately",
    ),
    "growth_year": ("{year}年增幅 {rate}（{status}）", "{year}: {rate} ({status})"),
    "growth_implied": ("按线性趋势各年增幅 {rates}", "growth the linear trend implies: {rates}"),
    "category_achieved": ("已达标", "achieved"),
    "category_on_track": ("按期可达", "on track"),
    "category_acceleration_needed": ("需加速", "acceleration needed"),
    "category_limited_progress": ("进展有限", "limited progress"),
    "category_deterioration": ("倒退", "deterioration"),
    "category_insufficient_data": ("数据不足", "insufficient data"),
    "best_branch": ("最可能达标的是“{branch}”", "most likely to make it: “{branch}”"),
    "observed_cagr": ("首末两点间复合年增速 {rate}", "compound annual rate, first to last point: {rate}"),
    "never": ("趋势达不到", "never on this trend"),
    "at_risk": ("有回落风险", "at risk"),
    "mid_year": ("；年中数据：{files}", "; mid-year figures: {files}"),
    "project_heading": (
        "{park} · 趋势推算 · 数据年份 {years}{mid} · 期限 {deadline}年底（剩 {left} 年）",
        "{park} · projection · years {years}{mid} · deadline end of {deadline} ({left} years left)",
    ),
    "projection_title": ("各项指标推算至期限", "Each criterion projected to the deadline"),
    "col_category": ("类别", "Category"),
    "col_trend": ("走势", "Trend"),
    "col_latest": ("最新", "Latest"),
    "col_projected": ("期末预计", "Projected"),
    "col_deadline_threshold": ("期末标准", "Threshold at deadline"),
    "col_required": ("每年需增", "Required a year"),
    "col_observed": ("实际年增", "Observed a year"),
    "col_ratio": ("R", "R"),
    "col_reach_year": ("达标年份", "Reached in"),
    "col_risk": ("风险", "Risk"),
    "project_method": (
        "方法：线性推算（最新值 + 最小二乘斜率 × 剩余年数），占比按分子、分母各自趋势推算；"
        "R = 实际年增 ÷ 每年需增；R ≥ {on_track} 按期可达，{acceleration} ≤ R < {on_track} 需加速，"
        "0 ≤ R < {acceleration} 进展有限，R < 0 倒退（与加拿大统计局、Open SDG 相同的界值）；"
        "高企年增幅一行的“每年需增”“实际年增”为增速。",
        "Method: linear (latest figure + least-squares slope × years left); shares through numerator "
        "and denominator on their own trends; R = observed ÷ required change a year; R ≥ {on_track} "
        "on track, {acceleration} ≤ R < {on_track} acceleration needed, 0 ≤ R < {acceleration} "
        "limited progress, R < 0 deterioration (the cut-offs of Statistics Canada and Open SDG); "
        "for high-tech growth the required and observed columns are rates.",
    ),
    # --- plan ---------------------------------------------------------------------------------
    "plan_base_missing": (
        "缺少基期 {year} 年的 {key}：请在 baselines/{year}.yaml 中填写",
        "no {key} for the base year {year}: write it in baselines/{year}.yaml",
    ),
    "plan_growth": (
        "按计划各年增幅 {rates}；标准要求每年 {rate} 以上：{verdict}",
        "yearly growth on the plan's path {rates}; the standard asks {rate} a year: {verdict}",
    ),
    "plan_cap": (
        "标准要求不超过上限（{symbol}）：每年增量至多 {allowed}，期末才不越限",
        "the standard caps this figure ({symbol}): at most {allowed} a year keeps it within the cap",
    ),
    "plan_growth_ok": ("每年均达到", "met every year"),
    "plan_growth_short": ("有年份达不到", "not met every year"),
    "plan_reaches": ("可达成", "reaches"),
    "plan_short": ("达不到", "falls short"),
    "points_signed": ("{n} 个百分点", "{n} pp"),
    "ahead": ("超前", "ahead"),
    "behind": ("落后", "behind"),
    "col_target": ("目标", "Target"),
    "col_verdict": ("结论", "Verdict"),
    "col_base": ("{year}年基数", "Base {year}"),
    "col_plan_step": ("计划年增", "Planned a year"),
    "col_planned_in": ("{year}年计划", "Planned {year}"),
    "col_plan_target": ("计划期末目标", "Plan's target"),
    "col_standard_bar": ("标准期末要求", "Standard at deadline"),
    "col_shortfall": ("缺口", "Shortfall"),
    "col_enough": ("足够的年增", "Enough a year"),
    "col_year": ("年份", "Year"),
    "col_planned": ("计划值", "Planned"),
    "col_actual_value": ("实际值", "Actual"),
    "col_difference": ("差额", "Difference"),
    "plan_title": ("计划路径与期末目标", "The plan's path and end targets"),
    "plan_actual_title": ("实际与计划路径对比", "Actual against the planned path"),
    "plan_heading": (
        "《{plan}》 · 基期 {base} 年 · 期限 {deadline} 年底",
        "{plan} · base year {base} · deadline end of {deadline}",
    ),
    "plan_adds_up": (
        "结论：按计划年增量，各项目标均可如期达成。",
        "Verdict: the plan's yearly increments reach every target.",
    ),
    "plan_does_not_add_up": (
        "结论：按计划年增量，部分目标到期达不到（见“缺口”与“足够的年增”）。",
        "Verdict: the plan's yearly increments fall short of some targets (see Shortfall and Enough a year).",
    ),
    "plan_method": (
        "计划值 = 基数 + 计划年增 × 年数；要达到的是计划目标与标准要求中较高者；"
        "“足够的年增” = (要达到的值 − 基数) ÷ 年数，家数向上取整。",
        "Planned = base + planned increment × years; the bar is the higher of the plan's target and "
        "the standard's; enough a year = (bar − base) ÷ years, enterprises rounded up.",
    ),
    # --- where a command finds its standard and its folder -------------------------------------
    "standard_not_found_by_id": (
        "已写入 `standard: {id}`，但 standards/ 和内置标准中都没有这个编号的标准："
        "请把 {path} 放进 standards/，其他命令才能找到它，或者每次都用 --standard {path}",
        "`standard: {id}` is written, but no standard of that id is in standards/ or shipped: put {path} "
        "in standards/ for other commands to find it, or give them --standard {path}",
    ),
    "folder_missing": ("目录不存在；请检查路径", "no such folder; check the path"),
    "not_a_folder": (
        "这是文件，不是目录；请给出存放各年数据文件（如 2020.yaml）的目录",
        "this is a file, not a folder; give the folder that holds the year files (such as 2020.yaml)",
    ),
    # --- the certificate pipeline (roster --pipeline) -------------------------------------------
    "pipeline_heading": (
        "高新技术企业证书接续：{year}年名录，至{by}年底",
        "High-tech enterprise certificates: the {year} roster, to the end of {by}",
    ),
    "pipeline_assumption": (
        "口径：证书有效期{years}年，按民法典第二百零一、二百零二条，发证当日不计入，有效至第{years}个周年日"
        "（2月29日发证的至2月28日），年末有效才计数；推算时当年取得（新认定或重新认定）的证书计入当年及此后两个年末，"
        "第{years}年内到期（12月31日发证的实际还计入第{years}个年末，推算偏保守）；重新认定留住当年到期的一家，"
        "新认定增加一家；各年末所需家数取达到目标的最小整数（向上取整）；"
        "“其中新认定至少”假定当年到期的全部重新认定，每少一家重新认定，就须多一家新认定。",
        "How it is counted: a certificate is valid for {years} years; as the Civil Code counts periods "
        "(Arts. 201–202) the issue day is not counted and it is valid through the {years}rd anniversary "
        "(28 February for one issued on 29 February), and it counts at a year end only if valid that day; "
        "on the paths, one granted in a year (new or renewed) counts at that year end and the next two, "
        "and lapses in year {years} (one issued on 31 December in fact counts at a {years}rd year end too: "
        "the paths err on the safe side); a renewal keeps one that lapses that year, a new one adds one; "
        "each year end's count is the least whole number that meets the goal (rounded up); “new, at "
        "least” assumes every lapsing certificate is renewed: each one not renewed needs one more new.",
    ),
    "pipeline_counts_nowhere": (
        "《{standard}》的 counts_as 为 `{figure}`，园区标准没有这个数字：未据它评价候选企业",
        "{standard} counts in `{figure}`, which the park's standard does not have: no candidate is "
        "judged against it",
    ),
    "counts_as_park": (
        "counts_as（`{figure}`）只用于评价企业的标准（subject: enterprise）："
        "它说明达标企业计入园区的哪个数字",
        "counts_as (`{figure}`) is for a standard that judges an enterprise (subject: enterprise): it "
        "names the park's figure an enterprise that meets it counts in",
    ),
    "pipeline_no_certificates": (
        "名录没有“高企发证日期”列：持证企业、到期证书和每年须取得的证书都无从推算（不是 0）；请补上该列",
        "the roster has no 高企发证日期 (issue date) column: the certificates held, those lapsing and "
        "those each year needs cannot be worked out (which is not none); add the column",
    ),
    "pipeline_no_years": (
        "截止年 {by} 不晚于名录年份 {year}：没有要推算的年份",
        "the deadline {by} is not after the roster's year {year}: there are no years to work out",
    ),
    "pipeline_clauses": (
        "候选企业只按名录能给出的数字条件评价；核心知识产权、技术领域、无重大事故等条款不从名录判断。",
        "Candidates are judged on the numeric conditions a roster can carry only; the clauses on core IP, "
        "the supported field and no major accident are not judged from a roster.",
    ),
    "pipeline_expiring_title": (
        "{by}年底前到期的证书（{count}家，按到期日）",
        "Certificates lapsing before the end of {by} ({count}, by date)",
    ),
    "pipeline_none_expiring": ("{by}年底前没有证书到期。", "No certificate lapses before the end of {by}."),
    "pipeline_valid_title": (
        "不续期时各年末仍有效的证书（{year}年末 {count} 家）",
        "Certificates still valid at each year end with no renewal ({count} at the end of {year})",
    ),
    "pipeline_route_plan": (
        "达到方案目标：{name}期末 {at_least} 家以上、年增 {per_year} 家以上",
        "To the plan's target: {name} at least {at_least} at the deadline, up {per_year} or more a year",
    ),
    "pipeline_route_growth": (
        "保持标准的增幅：{name}每年同比 {rate} 以上",
        "To keep the standard's growth: {name} up {rate} or more each year",
    ),
    "pipeline_candidates_title": (
        "候选企业（{count}家）：对照各企业标准",
        "Candidates ({count}), against each enterprise standard",
    ),
    "pipeline_no_candidates": (
        "名录中没有候选企业（无证书的科技型中小企业，或带有企业标准所列数字的企业）。",
        "The roster has no candidates (tech-based SMEs without a certificate, or enterprises whose rows "
        "carry the figures of an enterprise standard).",
    ),
    "pipeline_no_figures": (
        "未知：名录未给出该标准的数字",
        "unknown: the roster gives none of this standard's figures",
    ),
    "pipeline_clauses_open": (
        "数字条件均满足，其余条款不从名录判断",
        "every numeric condition met; the clauses are not judged from a roster",
    ),
    "pipeline_supply": ("未知：缺 {figures}", "unknown: supply {figures}"),
    "closing_unknown": ("未知（缺 {figures}）", "unknown (supply {figures})"),
    "pipeline_score": ("（{score}分）", " ({score} points)"),
    "roster_sheet_name": ("名录数字", "Roster figures"),
    "pipeline_sheet_name": ("补齐差距的企业", "Enterprises to close gaps"),
    "closing_now": (
        "{name}：现 {actual}（须 {threshold}，{status}）",
        "{name}: now {actual} (must be {threshold}; {status})",
    ),
    "closing_after_status": (
        "；下列达标的 {n} 家若全部认定（入库）：{status}",
        "; if the {n} below that meet their standard succeed: {status}",
    ),
    "closing_either": (
        "{name}：{status}（任一分项达标即可，各分项见下）",
        "{name}: {status} (met when any branch is; each branch below)",
    ),
    "closing_needed": ("，还差 {n} 家", ", {n} enterprises short"),
    "closing_after": (
        "；下列达标的 {n} 家若全部认定（入库），为 {actual}（{status}）",
        "; if the {n} below that meet their standard succeed: {actual} ({status})",
    ),
    "closing_none_ready": (
        "；下列企业尚无一家确定达标",
        "; none of the enterprises below is yet known to meet its standard",
    ),
    "closing_no_movers": ("名录中没有可计入的候选企业", "no candidate in the roster would count here"),
    "pipeline_col_rank": ("序", "#"),
    "pipeline_col_through": ("途径", "Through"),
    "pipeline_col_verdict": ("结论", "Verdict"),
    "pipeline_col_criterion_id": ("指标编号", "Criterion id"),
    "pipeline_col_criterion": ("园区指标", "Park criterion"),
    "pipeline_col_now": ("现值", "Now"),
    "pipeline_col_threshold": ("标准", "Standard"),
    "pipeline_col_needed": ("还差（家）", "Short (enterprises)"),
    "pipeline_col_if_ready": ("达标者全部认定后", "If those meeting succeed"),
    "pipeline_col_enterprise": ("企业名称", "Enterprise"),
    "pipeline_col_credit_code": ("统一社会信用代码", "Credit code"),
    "pipeline_col_expires": ("有效期至", "Valid until"),
    "pipeline_col_year_end": ("年末", "Year end"),
    "pipeline_col_valid_without_renewal": ("不续期仍有效", "Valid with no renewal"),
    "pipeline_col_lapsing": ("当年到期", "Lapsing in the year"),
    "pipeline_col_path": ("年末须有", "Needed at year end"),
    "pipeline_col_renew_and_new": ("须取得（重新认定+新认定）", "To bring (renewed + new)"),
    "pipeline_col_new_at_least": ("其中新认定至少", "Of which new, at least"),
    "pipeline_col_tech_sme": ("科技型中小企业", "Tech-based SME"),
    "pipeline_col_holds_until": ("现有证书有效期至", "Current certificate until"),
    "pipeline_col_gap_or_supply": ("差距或须补充", "Gap, or what to supply"),
    "candidate_gap_amount": (
        "{name}还差 {amount} 万元（比例须达 {threshold}，现 {actual}）",
        "{name} short by {amount} 万元 (the share must reach {threshold}; now {actual})",
    ),
    "candidate_gap_count": (
        "{name}还差 {n} {noun}（比例须达 {threshold}，现 {actual}）",
        "{name} short by {n}{noun} (the share must reach {threshold}; now {actual})",
    ),
    "candidate_gap_points": (
        "{name}还差 {points} 个百分点（须达 {threshold}，现 {actual}）",
        "{name} short by {points} percentage points (must reach {threshold}; now {actual})",
    ),
    "candidate_gap_at_least": (
        "{name}须不低于 {threshold}（现 {actual}）",
        "{name} must be at least {threshold} (now {actual})",
    ),
    "candidate_gap_above": (
        "{name}须高于 {threshold}（现 {actual}）",
        "{name} must be above {threshold} (now {actual})",
    ),
    "candidate_gap_at_most": (
        "{name}须不高于 {threshold}（现 {actual}）",
        "{name} must be at most {threshold} (now {actual})",
    ),
    "candidate_gap_condition": (
        "{name}：{condition}",
        "{name}: {condition}",
    ),
    "candidate_gap_below": (
        "{name}须低于 {threshold}（现 {actual}）",
        "{name} must be below {threshold} (now {actual})",
    ),
    # --- ledger ---------------------------------------------------------------------------------
    "list_separator": ("、", ", "),
    "no_lead": ("无任务覆盖、未分配牵头部门", "No task serves these: no lead department"),
    "col_tasks": ("任务（附件2）", "Tasks (Annex 2)"),
    "col_responsible": ("责任部门", "Responsible departments"),
    "ledger_title": ("部门台账（按牵头部门）", "Department ledger (by lead department)"),
    # --- the meeting pack -------------------------------------------------------------------------
    "pack_title": (
        "{park}创建自治区级高新区调度材料（{year}年数据）",
        "{park}: progress pack ({year} figures)",
    ),
    "pack_park": ("园区", "Park"),
    "pack_standard": ("对照标准", "Standard"),
    "pack_data_year": ("数据年份", "Data year"),
    "pack_produced": ("生成日期", "Produced"),
    "pack_deadline": ("期限", "Deadline"),
    "pack_verdict": ("结论", "Verdict"),
    "pack_counts": (
        "达标 {met} 项，未达标 {unmet} 项，未知 {unknown} 项",
        "{met} met, {unmet} unmet, {unknown} unknown",
    ),
    "pack_gaps": ("一、各项指标与差距", "1. Criteria and gaps"),
    "pack_charts": ("二、各数量指标走势与推算", "2. Trends and projections"),
    "pack_plan": ("三、创建方案核算", "3. Does the plan add up?"),
    "pack_ledger": ("四、部门台账", "4. Department ledger"),
    "pack_movers": ("{number}补齐差距的企业", "{number}Enterprises to close the gaps"),
    "pack_number_3": ("三、", "3. "),
    "pack_number_4": ("四、", "4. "),
    "pack_number_5": ("五、", "5. "),
    "closings_heading": (
        "据{year}年企业名录：各项差距可由哪些企业补齐（由近及远）",
        "From the {year} enterprise roster: the enterprises that would close each gap, nearest first",
    ),
    "closings_order": (
        "排序：先列已达到所循标准的企业，再按未满足或未知的条件由少到多、差距由小到大；每家企业只列其最接近的一条途径。",
        "Order: those that meet the standard they go through first, then the fewest conditions unmet or "
        "unknown, then the smallest shortfall; each enterprise is listed through the standard it is "
        "nearest to.",
    ),
    "chart_actual": ("实际", "Actual"),
    "chart_threshold": ("标准", "Threshold"),
    "chart_national": ("全国平均", "National average"),
    "chart_required": ("按期达标所需", "Required path"),
    "chart_plan": ("方案计划路径", "District plan's path"),
    "chart_projected": ("趋势推算", "Projected trend"),
    "chart_growth_path": ("每年增长 {rate}", "{rate} a year"),
    "chart_caption": (
        "类别：{category}；R = {ratio}；趋势达标年份：{reach}",
        "Category: {category}; R = {ratio}; reached on the trend in: {reach}",
    ),
    "chart_growth_figure": ("；图中为{figure}", "; the chart shows {figure}"),
    "chart_growth_no_path": (
        "；最新值为 {value}，从 0 或负数起推算不出增长路径",
        "; the latest figure is {value}: from zero or below no growth path can be drawn",
    ),
    "chart_empty": ("暂无数据", "No figures yet"),
    "pack_source_standard": ("标准来源：{source}", "Standard: {source}"),
    "pack_source_table": ("{name}（{id}，默认取值）：{entries}", "{name} ({id}, default series): {entries}"),
    "report_written": ("已写入 {path}", "wrote {path}"),
    # --- what a baseline's keys mean, shown beside a key a person is asked to fill in ---------------
    "field_named": ("{name}（`{key}`）", "{name} (`{key}`)"),
    "field_in_file": ("{file} 中的{name}", "{name} in {file}"),
    "supply_clause": (
        "未填报；请补充是否达标及依据（`{key}`）",
        "not reported; supply whether it is met and the evidence (`{key}`)",
    ),
    # --- CSV headers --------------------------------------------------------------------------
    "unit_count": ("{noun}", "count{noun}"),
    "csv_dimension": ("维度", "dimension"),
    "csv_id": ("编号", "id"),
    "csv_name": ("名称", "name"),
    "csv_branch_of": ("所属指标", "branch_of"),
    "csv_status": ("状态", "status"),
    "csv_unit": ("单位", "unit"),
    "csv_actual": ("现状", "actual"),
    "csv_actual_low": ("现状下限", "actual_low"),
    "csv_actual_high": ("现状上限", "actual_high"),
    "csv_as_of": ("数据截至", "as_of"),
    "csv_threshold": ("标准", "threshold"),
    "csv_comparison": ("比较", "comparison"),
    "csv_deadline_threshold": ("期末标准", "deadline_threshold"),
    "csv_gap": ("差距", "gap"),
    "csv_gap_count": ("差距折合个数", "gap_count"),
    "csv_required_per_year": ("每年需增", "required_per_year"),
    "csv_required_cagr_pct": ("需年均增速(%)", "required_cagr_pct"),
    "csv_notes": ("说明", "notes"),
    "csv_category": ("类别", "category"),
    "csv_latest": ("最新", "latest"),
    "csv_projected": ("期末预计", "projected"),
    "csv_observed_per_year": ("实际年增", "observed_per_year"),
    "csv_ratio": ("R", "ratio"),
    "csv_reach_year": ("达标年份", "reach_year"),
    "csv_at_risk": ("回落风险", "at_risk"),
    "csv_observed_cagr_pct": ("首末复合年增速(%)", "observed_cagr_pct"),
    "csv_base": ("基数", "base"),
    "csv_per_year": ("计划年增", "per_year"),
    "csv_target": ("计划期末目标", "target"),
    "csv_standard": ("标准期末要求", "standard"),
    "csv_reaches": ("可达成", "reaches"),
    "csv_shortfall": ("缺口", "shortfall"),
    "csv_enough_per_year": ("足够的年增", "enough_per_year"),
    "csv_lead_department": ("牵头部门", "lead_department"),
    "csv_tasks": ("任务", "tasks"),
    "csv_responsible": ("责任部门", "responsible"),
    # --- the JSON Schema, as an editor shows it (hover, and its messages for a wrong value) ------
    "schema_share": (
        "占比，0% 到 100%，带 % 号，如 `5.5%`",
        "a share from 0% to 100%, with its % sign, e.g. `5.5%`",
    ),
    "schema_share_type": (
        "百分比须带 % 号，如 `5.5%`（不要写 `5.5` 或 `0.055`）",
        "a percentage needs its % sign, e.g. `5.5%` (not `5.5` or `0.055`)",
    ),
    "schema_share_pattern": (
        "占比应为 0% 到 100% 之间、带半角 % 号的百分数，如 `5.5%`",
        "a share is a percentage from 0% to 100% with a half-width % sign, e.g. `5.5%`",
    ),
    "schema_rate": (
        "增幅，带 % 号，可为负，不低于 -100%，如 `10%` 或 `-3%`",
        "a rate of change, with its % sign, not below -100%, e.g. `10%` or `-3%`",
    ),
    "schema_rate_type": (
        "百分比须带 % 号，如 `10%` 或 `-3%`（不要写 `10` 或 `0.1`）",
        "a percentage needs its % sign, e.g. `10%` or `-3%` (not `10` or `0.1`)",
    ),
    "schema_rate_pattern": (
        "增幅应为不低于 -100%、带半角 % 号的百分数，如 `10%` 或 `-3%`",
        "a rate of change is a percentage not below -100% with a half-width % sign, e.g. `10%` or `-3%`",
    ),
    "schema_count": ("个数，非负整数，如 `162`", "a count: a whole number, not negative, e.g. `162`"),
    "schema_count_type": (
        "个数应为非负整数，如 `162`",
        "a count is a whole number, not negative, e.g. `162`",
    ),
    "schema_amount": (
        "金额（万元），非负数字，如 `125000`",
        "an amount in 万元, not negative, e.g. `125000`",
    ),
    "schema_amount_type": (
        "金额（万元）应为非负数字，如 `125000`",
        "an amount in 万元 is a number, not negative, e.g. `125000`",
    ),
    "schema_baseline_standard": ("；对照《{standard}》（{id}）", "; against {standard} ({id})"),
    "schema_baseline": (
        "zone-gap 基础数据文件：某一年的各项数字（如 baselines/年份.yaml）",
        "zone-gap baseline: the figures of one year (e.g. baselines/YEAR.yaml)",
    ),
    "schema_standard": (
        "zone-gap 认定标准文件：标准的各项条款与门槛（standards/*.yaml）",
        "zone-gap standard: the criteria of a creation standard (standards/*.yaml)",
    ),
    "schema_plan": (
        "zone-gap 规划文件：地区的规划、目标与任务（plans/*.yaml）",
        "zone-gap plan: a district's plan, targets and tasks (plans/*.yaml)",
    ),
    "schema_any": (
        "zone-gap 的任一种文件，按内容判断：有 `dimensions` 的是标准，有 `targets` 或 `tasks` 的是方案，"
        "其余是基础数据文件（同 `zone-gap validate`）",
        "any zone-gap file, told by its content: a standard has `dimensions`, a plan `targets` or "
        "`tasks`, anything else is a figures file (as `zone-gap validate` tells them)",
    ),
    "schema_boolean_type": ("应为 true 或 false", "expected true or false"),
    "schema_string_type": (
        "应为文字；若像数字、日期或列表，请加引号",
        "expected text; quote it if it looks like a number, a date or a list",
    ),
    "schema_integer_type": ("应为整数", "expected a whole number"),
    "schema_number_type": ("应为数字", "expected a number"),
    "schema_date": ("日期，如 `2022-06-30`", "a date, e.g. `2022-06-30`"),
    "schema_date_type": (
        "应为存在的日期，写成 `2022-06-30` 的形式（年-月-日，月、日各两位）",
        "expected a date that exists, written as `2022-06-30` (year-month-day, two digits each for "
        "month and day)",
    ),
    "schema_missing": (
        "文件第一行为编辑器指明 {schema}，该文件尚不存在：运行 `zone-gap schema` 写出它",
        "the file's first line names {schema} for editors, which is not there yet: run `zone-gap schema` "
        "to write it",
    ),
    "schema_standard_id": (
        "应为已有标准的编号之一：{ids}（`zone-gap standards` 列出它们）",
        "expected the id of a known standard: {ids} (`zone-gap standards` lists them)",
    ),
    "schema_standard_named": (
        "本文件对照的标准编号（{ids}）；缺省为 {default}",
        "the id of the standard this file is written against ({ids}); {default} by default",
    ),
    "schema_plan_standard": (
        "方案对照的标准编号（{ids}）",
        "the id of the standard the plan is written against ({ids})",
    ),
    "schema_clause": ("{name}：{clause}", "{name}: {clause}"),
    "schema_criterion_id": (
        "应为标准中的指标编号之一：{ids}",
        "expected a criterion id of the standard: {ids}",
    ),
    "schema_figure_id": ("应为标准中的数字项之一：{ids}", "expected a figure of the standard: {ids}"),
    "schema_target_criterion": (
        "应为由 `{figure}` 计算的指标之一：{ids}",
        "expected a criterion computed from `{figure}`: {ids}",
    ),
    # what each key of a standard or a plan is, shown as the editor's hover (by the model's field,
    # ``schema_key_<Class>.<field>`` before ``schema_key_<field>``; ``.*`` for each value of a mapping)
    "schema_key_id": (
        "编号：本文件中唯一，结果和其他文件用它指称",
        "the id: unique in the file, used to name it",
    ),
    "schema_key_Standard.id": (
        "标准编号，如 `inner-mongolia-2020`；数据文件和方案用 `standard:` 写它",
        "the standard's id, e.g. `inner-mongolia-2020`; figures files and plans name it with `standard:`",
    ),
    "schema_key_Plan.id": ("方案编号", "the plan's id"),
    "schema_key_Dimension.id": ("维度编号", "the dimension's id"),
    "schema_key_Part.id": ("得分部分的编号（`require` 中用它）", "the part's id (named in `require`)"),
    "schema_key_Phase.id": ("阶段编号", "the phase's id"),
    "schema_key_Task.id": ("任务编号", "the task's id"),
    "schema_key_Target.id": (
        "目标所对应的数字项（标准 `figures:` 中的键），如 `enterprises`",
        "the figure the target is for (a key of the standard's `figures:`), e.g. `enterprises`",
    ),
    "schema_key_criterion_id": (
        "指标编号：结果中的 `id`，方案和台账用它指称本指标",
        "the criterion's id: its `id` in the results, named by plans and the ledger",
    ),
    "schema_key_name": ("名称：中文 `zh` 和英文 `en`", "the name: Chinese `zh` and English `en`"),
    "schema_key_zh": ("中文", "in Chinese"),
    "schema_key_en": ("英文", "in English"),
    "schema_key_source": ("出处：文件名称、文号和日期", "where it is published: title, number and date"),
    "schema_key_Series.source": ("该口径数值的出处", "where this series is published"),
    "schema_key_ReferenceValue.source": ("该数值的出处", "where this value is published"),
    "schema_key_subject": (
        "评价对象：`park`（园区）或 `enterprise`（企业）；数据文件以 `park:` 或 `enterprise:` 写名称",
        "what it judges: `park` or `enterprise`; a figures file names it with `park:` or `enterprise:`",
    ),
    "schema_key_effective": (
        "施行日期，如 `2020-08-01`；早于此日期的数据会有提示",
        "the date it took effect, e.g. `2020-08-01`; figures from before it are warned of",
    ),
    "schema_key_superseded": (
        "被取代：取代它的文件（`by`）和日期（`date`）",
        "superseded: the document that replaced it (`by`) and when (`date`)",
    ),
    "schema_key_Superseded.by": ("取代本标准的文件", "the document that replaced it"),
    "schema_key_Superseded.date": (
        "被取代的日期，如 `2022-02-24`",
        "the date it was replaced, e.g. `2022-02-24`",
    ),
    "schema_key_counts_as": (
        "企业标准：达到本标准的企业计入园区的哪个数字项，如 `high_tech_enterprises`",
        "for an enterprise standard: the park's figure an enterprise meeting it counts in",
    ),
    "schema_key_figures": (
        "数据文件中的各数字项：键 → 单位、名称、说明",
        "the figures a figures file gives: key → unit, name, description",
    ),
    "schema_key_figures.*": (
        "一个数字项：`unit` 单位、`name` 名称、`description` 说明",
        "one figure: its `unit`, `name` and `description`",
    ),
    "schema_key_dimensions": ("维度：各含若干指标", "the dimensions, each with its criteria"),
    "schema_key_references": (
        "参照表：门槛可写 `{{reference: 表名}}`，取数据年份的值",
        "reference tables: a threshold `{{reference: table}}` takes the figures' year's value",
    ),
    "schema_key_references.*": (
        "一张参照表：各年份、各口径的数值及出处",
        "one reference table: its values by year and series, with their sources",
    ),
    "schema_key_unit": (
        "单位：`count` 个数、`amount` 金额（万元）、`share` 占比、`rate` 增幅、`number` 其他数字",
        "the unit: `count`, `amount` (万元), `share`, `rate` of change, `number`",
    ),
    "schema_key_Figure.name": ("数字项的中文和英文名称", "the figure's name in Chinese and English"),
    "schema_key_description": (
        "说明：编辑器的悬停提示和 `zone-gap new` 模板中的注释",
        "the description: the editor's hover and the comment in `zone-gap new`'s template",
    ),
    "schema_key_part_of": (
        "不可能超过的数字项（一个或一列），如 `enterprises`",
        "the figures it can never exceed (one or a list), e.g. `enterprises`",
    ),
    "schema_key_noun": (
        "个数的量词，如 `人`、`件`；缺省为 `家`",
        "the word a count is said in, e.g. `人`, `件`; `家` by default",
    ),
    "schema_key_columns": (
        "企业名录中此数字项的其他列名",
        "other headers an enterprise roster gives this figure under",
    ),
    "schema_key_criteria": ("本维度的指标", "the dimension's criteria"),
    "schema_key_kind": (
        "指标类型：`qualitative` 定性条款、`count` 个数、`value` 数值、`ratio` 比值、`distinct_share` "
        "去重占比、`growth` 增幅、`score` 评分、`either` 任一分支、`all_of` 全部满足、`any_of` 任一满足",
        "the kind: `qualitative`, `count`, `value`, `ratio`, `distinct_share`, `growth`, `score`, "
        "`either`, `all_of`, `any_of`",
    ),
    "schema_key_clause": ("标准原文", "the standard's own words"),
    "schema_key_encouraged": (
        "鼓励性条款：列出，但不计入结论",
        "worded as encouragement: shown, not counted towards the verdict",
    ),
    "schema_key_figure": ("所比较的数字项（`figures:` 中的键）", "the figure compared (a key of `figures:`)"),
    "schema_key_at_least": (
        "门槛：不低于（含本数）；数字、百分数、`{{reference: 表}}` 或分档 `{{tiers: …}}`",
        "the threshold, at least (the number included): a number, a percentage, `{{reference: table}}` "
        "or `{{tiers: …}}`",
    ),
    "schema_key_above": ("门槛：高于（不含本数）", "the threshold, above (the number excluded)"),
    "schema_key_at_most": ("门槛：不高于（含本数）", "the threshold, at most (the number included)"),
    "schema_key_below": ("门槛：低于（不含本数）", "the threshold, below (the number excluded)"),
    "schema_key_PointsBand.at_least": ("本档下限（含）", "the band's lower edge (included)"),
    "schema_key_PointsBand.above": ("本档下限（不含）", "the band's lower edge (excluded)"),
    "schema_key_PartBar.at_least": ("该部分得分不低于", "the part scores at least"),
    "schema_key_PartBar.above": ("该部分得分高于", "the part scores above"),
    "schema_key_Target.at_least": (
        "期末目标：不低于此数，或 `{{reference: 参照表}}`",
        "the target at the deadline: at least this, or `{{reference: table}}`",
    ),
    "schema_key_reference": (
        "参照表名（本标准 `references:` 中的键），取数据年份的值",
        "the reference table (a key of the standard's `references:`), for the figures' year",
    ),
    "schema_key_tiers": (
        "分档门槛：按 `by` 数字项所在档取值",
        "tiers: the threshold of the band the `by` figure falls in",
    ),
    "schema_key_by": ("决定分档的数字项", "the figure that picks the band"),
    "schema_key_bands": ("各档", "the bands"),
    "schema_key_TierRule.bands": (
        "各档：`up_to`（含）及门槛 `value`，最后一档不写 `up_to`",
        "the bands: `up_to` (included) and the threshold `value`; the last has no `up_to`",
    ),
    "schema_key_Part.bands": (
        "评分档：每档下限与分值，最后一档不写下限",
        "the bands: lower edge and points; the last has no edge",
    ),
    "schema_key_Scale.bands": (
        "评分档：每档下限与分值，最后一档不写下限",
        "the bands: lower edge and points; the last has no edge",
    ),
    "schema_key_up_to": ("本档上限（含）", "the band's upper edge (included)"),
    "schema_key_Band.value": ("本档的门槛", "the band's threshold"),
    "schema_key_numerator": ("分子（数字项）", "the numerator (a figure)"),
    "schema_key_denominator": ("分母（数字项）", "the denominator (a figure)"),
    "schema_key_reported": (
        "直接填报此比例的数字项（分子、分母不全时用）",
        "the figure a file may give the share as reported (used when the counts are not given)",
    ),
    "schema_key_nested": (
        "分子是分母的一部分：分子每增加一个，分母也增加一个",
        "the numerator is part of the denominator: each one added to it is added to both",
    ),
    "schema_key_DistinctShareCriterion.parts": (
        "两个可能重叠的数字项，去重后相加",
        "two figures that may overlap, counted once each",
    ),
    "schema_key_parts": ("得分部分", "the parts of the score"),
    "schema_key_overlap": ("两者重叠的部分（数字项）", "the overlap of the two (a figure)"),
    "schema_key_whole": ("是否按整数打分（默认是）", "whether scores are whole numbers (yes by default)"),
    "schema_key_require": (
        "对某部分得分的另外要求，如 `{{part: staff_part, above: 0}}`",
        "a further bar on a part's points, e.g. `{{part: staff_part, above: 0}}`",
    ),
    "schema_key_typed": ("直接填写分数的数字项", "the figure the points are typed in"),
    "schema_key_max": ("本部分满分", "the part's most points"),
    "schema_key_ratio": (
        "按两个数字项之比打分：`[分子, 分母]`",
        "scored on the ratio of two figures: `[numerator, denominator]`",
    ),
    "schema_key_mean_growth": (
        "按三年数字的平均增长率打分：`[第一年, 第二年, 第三年]`",
        "scored on the mean growth over three years: `[first, second, third]`",
    ),
    "schema_key_best_of": ("取几种算法中得分最高者", "the best of several scales"),
    "schema_key_points": (
        "分值：整数，或专家在其间选取的范围 `[低, 高]`",
        "the points: a whole number, or a range experts pick within, `[low, high]`",
    ),
    "schema_key_part": ("得分部分的编号", "the part's id"),
    "schema_key_branches": ("分支：任一分支达标即达标", "the branches: met when any one is met"),
    "schema_key_of": ("所含的指标", "the criteria it holds"),
    "schema_key_short": ("备注中的简称", "how notes name it"),
    "schema_key_default_series": ("默认口径", "the series used by default"),
    "schema_key_series": ("口径：各口径的名称与出处", "the series: each one's name and source"),
    "schema_key_series.*": ("一个口径", "one series"),
    "schema_key_values": (
        "各年份的数值：年份 → 口径 → 数值与出处",
        "the values: year → series → value and source",
    ),
    "schema_key_values.*": ("一年的数值：口径 → 数值与出处", "one year's values: series → value and source"),
    "schema_key_values.*.*": ("一个口径在这一年的数值与出处", "one series' value that year, with its source"),
    "schema_key_ReferenceValue.value": ("数值（百分数）", "the value (a percentage)"),
    "schema_key_standard": ("方案对照的标准编号", "the id of the standard the plan is written against"),
    "schema_key_base_year": (
        "基期年份：方案从这一年的数字起算",
        "the base year: the plan starts from its figures",
    ),
    "schema_key_deadline": ("期限年份：到这一年年底", "the deadline: the end of this year"),
    "schema_key_phases": ("工作阶段", "the phases of the work"),
    "schema_key_targets": (
        "目标：各数字项的年增量和期末目标",
        "the targets: each figure's yearly increment and end target",
    ),
    "schema_key_tasks": ("任务", "the tasks"),
    "schema_key_start": ("开始日期", "the start date"),
    "schema_key_end": ("结束日期", "the end date"),
    "schema_key_per_year": (
        "每年增量：个数写整数，占比写百分数（如 `0.5%`）",
        "the yearly increment: a whole number for a count, a percentage (`0.5%`) for a share",
    ),
    "schema_key_criterion": ("该目标服务的指标编号", "the criterion the target serves"),
    "schema_key_number": ("任务序号", "the task's number"),
    "schema_key_lead": ("牵头部门", "the lead departments"),
    "schema_key_responsible": ("责任部门", "the responsible departments"),
    "schema_key_due": ("完成日期", "the due date"),
    "schema_key_serves": ("该任务服务的指标编号", "the criteria the task serves"),
    "csv_planned_in": ("{year}年计划", "planned_{year}"),
    "csv_warning": ("提示", "warning"),
    "csv_file": ("文件", "file"),
    "csv_line": ("行", "line"),
    "csv_column": ("列", "column"),
    "sheet_check": ("差距", "Gaps"),
    "sheet_page": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "sheet_project": ("推算", "Projection"),
    "sheet_plan": ("方案核算", "Plan check"),
    "xlsx_needs_extra": (
        "写 xlsx 需要可选组件 XlsxWriter；请先安装：pip install 'zone-gap[xlsx]'",
        "writing xlsx needs the optional XlsxWriter; install it first: pip install 'zone-gap[xlsx]'",
    ),
    "xlsx_needs_output": (
        "xlsx 是二进制文件，不输出到终端；请用 -o 指定文件，如 -o 差距.xlsx",
        "xlsx is a binary file and is not written to the terminal; name a file with -o, e.g. -o gaps.xlsx",
    ),
    "xlsx_to_terminal": (
        "xlsx 是二进制文件，不输出到终端；请把标准输出重定向到文件（-o - > 差距.xlsx），或用 -o 指定文件",
        "xlsx is a binary file and is not written to a terminal; redirect standard output to a file "
        "(-o - > gaps.xlsx), or name a file with -o",
    ),
    "output_name_other_format": (
        "文件名 {path} 表示 {named} 文件，与 --format {format} 不符；请把文件名改为 {suggestion}，"
        "或改用 --format {value}",
        "the name {path} says {named}, but --format {format} was asked for; name the file "
        "{suggestion}, or ask for --format {value}",
    ),
    "output_name_unwritten_format": (
        "文件名 {path} 表示 {named} 文件，而本命令只写 {formats}；请把文件名改为 {suggestion}",
        "the name {path} says {named}, which this command does not write (it writes {formats}); "
        "name the file {suggestion}",
    ),
    # --- rosters (企业名录) ------------------------------------------------------------
    "roster_suffix": (
        "名录须为 .csv 或 .xlsx 文件，这是 {suffix}；请在 Excel/WPS 中另存为 CSV 或 XLSX",
        "a roster is a .csv or .xlsx file, not {suffix}; save it from Excel or WPS as CSV or XLSX",
    ),
    "roster_sheet_csv": (
        "CSV 文件没有工作表；--sheet 只用于 XLSX",
        "a CSV file has no sheets; --sheet is for XLSX",
    ),
    "roster_csv": ("无法按 CSV 读取：{detail}", "cannot read the file as CSV: {detail}"),
    "roster_xlsx_unreadable": (
        "无法按 XLSX 读取（文件损坏、加密，或不是 XLSX）；请在 Excel/WPS 中打开后另存为 XLSX 或 CSV",
        "cannot read the file as XLSX (damaged, encrypted, or not XLSX); open it in Excel or WPS and "
        "save it as XLSX or CSV",
    ),
    "roster_csv_is_xlsx": (
        "这是 XLSX 工作簿，文件名却是 .csv；请把文件名改为 .xlsx，或在 Excel/WPS 中另存为 CSV",
        "this is an XLSX workbook named .csv; rename it .xlsx, or save it as CSV from Excel or WPS",
    ),
    "roster_csv_is_xls": (
        "这是 Excel 97–2003（.xls）或 WPS（.et）工作簿，文件名却是 .csv；请在 Excel/WPS 中另存为 XLSX 或 CSV",
        "this is an Excel 97–2003 (.xls) or WPS (.et) workbook named .csv; save it as XLSX or CSV "
        "from Excel or WPS",
    ),
    "roster_utf16_unmarked": (
        "文件中有空字节，像是没有字节顺序标记的 UTF-16（或者根本不是文本）；"
        "请在 Excel/WPS 中另存为“CSV UTF-8”",
        "the file holds NUL bytes: UTF-16 without its byte-order mark, it seems (or no text at all); save "
        "it from Excel or WPS as “CSV UTF-8”",
    ),
    "roster_xlsx_is_text": (
        "这是文本文件（如 CSV），文件名却是 .xlsx；若是 CSV，请把文件名改为 .csv",
        "this is a text file (a CSV?) named .xlsx; if it is a CSV, rename it .csv",
    ),
    "roster_xlsx_is_compound": (
        "这是 Excel 97–2003（.xls）或 WPS（.et）工作簿，或设了打开密码的工作簿，不是 XLSX；"
        "请在 Excel/WPS 中打开，去掉密码后另存为 XLSX",
        "this is an Excel 97–2003 (.xls) or WPS (.et) workbook, or a workbook with a password to open "
        "it, not XLSX; open it in Excel or WPS, remove any password and save it as XLSX",
    ),
    "roster_lock_file": (
        "这是 Excel/WPS 打开 {workbook} 时在旁边留下的锁定文件（~$ 开头，只记着谁在编辑），不是名录；"
        "请读取 {workbook}。关闭 Excel/WPS 后它会自行消失，也可直接删除",
        "this is the lock file Excel or WPS keeps beside {workbook} while it is open (its name starts "
        "with ~$; it holds only who is editing), not a roster: read {workbook}. It goes when Excel or WPS "
        "closes the workbook, or may be deleted",
    ),
    "roster_apple_double": (
        "这是 macOS 把 {workbook} 复制到 U 盘等处时留下的附属文件（._ 开头），不是名录；请读取 {workbook}，"
        "此文件可删除",
        "this is the file macOS leaves beside {workbook} copied to a foreign disk (its name starts with "
        "._), not a roster: read {workbook}; this one may be deleted",
    ),
    "roster_hidden_sheets": (
        "工作簿前面的工作表{hidden}是隐藏的，已跳过；读取的是第一个可见的工作表“{sheet}”。"
        "如要读取隐藏的表，请用 --sheet 指定",
        "the sheets before it, {hidden}, are hidden and were skipped: the first visible sheet, “{sheet}”, "
        "was read; give --sheet to read a hidden one",
    ),
    "roster_no_visible_sheet": (
        "工作簿中没有可见的工作表（{sheets}都是隐藏的）；请用 --sheet 指定要读取的表",
        "the workbook has no visible sheet ({sheets} are all hidden); give --sheet to name the one to read",
    ),
    "roster_xlsx_reader": (
        "读取 XLSX 名录需要 python-calamine；请重新安装：pip install zone-gap",
        "reading an XLSX roster needs python-calamine; reinstall: pip install zone-gap",
    ),
    "roster_no_sheet": (
        "没有名为“{sheet}”的工作表；可选：{sheets}",
        "no sheet named “{sheet}”; the sheets are: {sheets}",
    ),
    "roster_no_rows": (
        "名录 {path} 只有表头、没有企业行，未据此填写；请补全名录或手工填写",
        "the roster {path} has a header and no enterprise rows: nothing is filled in from it",
    ),
    "roster_figures_title": ("名录算出的数字", "Figures from the roster"),
    "roster_note": ("说明", "Note"),
    "roster_year_range": (
        "{path} 的文件名表明年份为 {year}，不在 {low}–{high} 年之间；请改正文件名或用 --year 指定年份",
        "the name of {path} says the year {year}, outside {low}–{high}; correct the name or give --year",
    ),
    "roster_year_differs": (
        "文件名表明是 {named} 年的名录，按 --year 作 {year} 年读取；请确认年份",
        "the file's name says {named}, but it is read as {year} (--year); check which is right",
    ),
    "roster_year": (
        "无法从文件名 {path} 得知名录年份；请用 --year 指定，或将文件命名为年份，如 rosters/2022.xlsx",
        "cannot tell the roster's year from its name {path}; give --year, or name the file by its "
        "year, e.g. rosters/2022.xlsx",
    ),
    "roster_as_of_year": (
        "截至日期 {as_of} 不在名录年份 {year} 内",
        "the date {as_of} is not in the roster's year {year}",
    ),
    "roster_no_header": (
        "没有找到表头：须有一行写明“企业名称”（或 name）",
        "no header found: one row must name 企业名称 (or name)",
    ),
    "roster_separator": (
        "此文件的各列以{separator}分隔，不是逗号，所以读不出表头；"
        "请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”",
        "the file's cells are separated by {separator}, not commas, so no header could be read; save it "
        "from Excel or WPS as “CSV UTF-8 (comma delimited)”",
    ),
    "separator_semicolon": ("分号（;）", "semicolons (;)"),
    "separator_tab": ("制表符（Tab）", "tabs"),
    "separator_bar": ("竖线（|）", "bars (|)"),
    "roster_header_invisible": (
        "表头“{header}”中有一个看不见的字符 {code}（字节顺序标记或零宽空格，"
        "文件重复存过标记或拼接时带进来的），已忽略；请删去后重新保存",
        "the header “{header}” holds the invisible character {code} (a byte-order mark or a zero-width "
        "space, left by a file saved with its mark twice or by two files joined); it was ignored: delete "
        "it and save again",
    ),
    "roster_no_rows_below": (
        "表头下没有企业行：名录的数字都是未知，不是 0",
        "no enterprise rows below the header: the roster's figures are all unknown, not 0",
    ),
    "roster_column_missing": (
        "表头中缺少必填列“{header}”（或 {alias}）",
        "the header lacks the required column {header} ({alias})",
    ),
    "roster_column_twice": (
        "列“{header}”与前面一列含义相同，已忽略",
        "the column {header} means the same as an earlier one and was ignored",
    ),
    "roster_cell": ("第 {row} 行，{column} 列（{header}）", "row {row}, column {column} ({header})"),
    "roster_at": ("{where}：{what}", "{where}: {what}"),
    "roster_required": ("必填，不能为空", "required, and blank"),
    "code_length": (
        "统一社会信用代码应为 18 位，这里是 {length} 位",
        "a unified social credit code has 18 characters, this has {length}",
    ),
    "code_character": (
        "统一社会信用代码中不能出现“{character}”（只用数字和大写字母，不含 I、O、S、V、Z）",
        "“{character}” cannot stand in a unified social credit code (digits and capital letters "
        "but I, O, S, V, Z)",
    ),
    "code_org_check": (
        "第 17 位是组织机构代码的校验码，按 GB 11714 应为 {expected}，这里是 {found}；"
        "代码有误，请对照营业执照核实",
        "the 17th character, the organisation code's check character (GB 11714), should be {expected}, "
        "not {found}; the code is mistyped: check it against the business licence",
    ),
    "code_check": (
        "校验码应为 {expected}，这里是 {found}；代码有误，请对照营业执照核实",
        "the check character should be {expected}, not {found}; the code is mistyped: check it "
        "against the business licence",
    ),
    "code_number": (
        "统一社会信用代码被存成了数字（这里是 {text}）：Excel/WPS 只保留数字的前 15 位，"
        "其余的位变成 0 或丢失，字母也存不下；请把该列设为“文本”格式，再照营业执照重新输入",
        "the unified social credit code was stored as a number ({text}): Excel and WPS keep only a "
        "number's first 15 digits, the rest made 0 or lost, and no letter; format the column as Text "
        "and type the code again from the business licence",
    ),
    "roster_code_twice": (
        "统一社会信用代码与第 {row} 行（{name}）重复",
        "the same credit code as row {row} ({name})",
    ),
    "roster_name_twice": (
        "企业名称与第 {row} 行相同，代码却不同（{code}）；同一企业只写一行",
        "the same name as row {row} under another code ({code}); one row an enterprise",
    ),
    "roster_date_unreadable": (
        "无法识别日期“{text}”；请写成 2022-03-01、2022/3/1 或 2022年3月1日",
        "cannot read the date “{text}”; write 2022-03-01, 2022/3/1 or 2022年3月1日",
    ),
    "roster_date_impossible": ("日期“{text}”不存在", "the date “{text}” does not exist"),
    "roster_yes_no": ("应填“是”或“否”，这里是“{text}”", "write 是 or 否 (yes or no), not “{text}”"),
    "roster_number_unreadable": (
        "无法识别数字“{text}”；请只写数字，如 1234.5",
        "cannot read the number “{text}”; write digits only, e.g. 1234.5",
    ),
    "roster_percent": (
        "比例须带 % 号，如 5%，这里是“{text}”",
        "write a share with %, e.g. 5%, not “{text}”",
    ),
    "roster_share_number": (
        "比例列中的“{text}”是没有 % 号的数字，不知是 {text}% 还是 {percent}%；请写成带 % 号的比例（如 12%），"
        "或把单元格设为百分比格式",
        "“{text}” in a share column is a number without %: {text}% or {percent}%? Write the share with % "
        "(e.g. 12%), or format the cell as a percentage",
    ),
    "roster_spaced": (
        "“{text}”用空格分隔千位，已按 {value} 读取；请只写数字",
        "“{text}” has spaces between its thousands and was read as {value}; write digits only",
    ),
    "roster_number_space": (
        "数字“{text}”中间有空格，无法确定是几；请只写数字，如 1234.5",
        "the number “{text}” has a space inside it, and what it is cannot be told; write digits only, "
        "e.g. 1234.5",
    ),
    "roster_excel_error": (
        "单元格是 Excel/WPS 的错误值“{text}”（公式没算出结果）；请改正公式，或填写数值",
        "the cell holds Excel's or WPS's error value “{text}” (a formula that failed); correct the "
        "formula, or type the value",
    ),
    "roster_scientific": (
        "“{text}”是科学计数法：Excel 在列宽不够时这样显示长数字，存成 CSV 时只留下显示的几位，"
        "其余数字已丢失；请在 Excel/WPS 中把该列设为“数值”格式后重新保存",
        "“{text}” is in scientific notation, as Excel shows a long number in a narrow column; a CSV keeps "
        "only the digits shown, and the rest are lost: format the column as Number in Excel or WPS and "
        "save again",
    ),
    "roster_date_time": (
        "“{text}”带有时刻，已按日期 {date} 读取；若时刻是换算时区得来的，日期可能差一天，请核对",
        "“{text}” has a time of day and was read as the date {date}; if the time came from a time zone "
        "conversion, the day may be off by one: check it",
    ),
    "roster_negative": ("不能为负数（{value}）", "cannot be negative ({value})"),
    "roster_not_whole": ("个数应为整数，这里是 {value}", "a count is a whole number, not {value}"),
    "roster_grouped": (
        "“{text}”含千位分隔符，已按 {value} 读取；请只写数字",
        "“{text}” has thousands separators and was read as {value}; write digits only",
    ),
    "roster_scaled": (
        "“{text}”带单位，已按 {value} 万元读取；本列单位为万元，请只写数字",
        "“{text}” carries a unit and was read as {value} (10,000 yuan); the column is in 10,000 "
        "yuan: write the number only",
    ),
    "roster_formula": (
        "公式“{formula}”的结果从未算出：写出此工作簿的程序只存了公式（和一个 0），没有计算；"
        "已按空白（未知）读取。请在 Excel/WPS 中打开并保存后再读",
        "the formula “{formula}” was never calculated: the program that wrote the workbook stored the "
        "formula (and a 0) without working it out; read as blank (unknown). Open the workbook in Excel "
        "or WPS and save it, then read it again",
    ),
    "roster_entered_later": (
        "入驻日期 {entered} 晚于名录的日期 {day}：此企业不计入园区",
        "entered on {entered}, after the roster's day {day}: not counted in the park",
    ),
    "roster_date_early": (
        "日期 {date} 早于 {year} 年，多半是空日期被存成了 0 或默认值；请核对",
        "the date {date} is before {year}: most likely an empty date stored as 0 or a default; check it",
    ),
    "roster_number_missing": (
        "有发证日期却没有证书编号；仍按发证日期计为高新技术企业，请补上证书编号或核对",
        "an issue date without a certificate number: counted as a high-tech enterprise by its issue "
        "date all the same; add the number, or check the row",
    ),
    "roster_left_before": (
        "迁出日期 {left} 早于入驻日期 {entered}",
        "left on {left}, before it entered on {entered}",
    ),
    "roster_certificate_form": (
        "证书编号“{text}”不是 GR+年份+数字 的形式（如 GR202215000123）",
        "the certificate number “{text}” is not GR, a year and digits (e.g. GR202215000123)",
    ),
    "roster_certificate_year": (
        "证书编号 {number} 的年份 {year} 与发证日期 {issued} 不符",
        "the certificate number {number} names the year {year}, but it was issued on {issued}",
    ),
    "roster_issued_missing": (
        "有证书编号却没有发证日期，无法判断证书是否有效",
        "a certificate number without its issue date: whether it is valid cannot be told",
    ),
    "roster_issued_column": (
        "有证书编号却没有“高企发证日期”列，无法判断证书是否有效",
        "a certificate number, but no 高企发证日期 (hte_issued) column: whether it is valid cannot be told",
    ),
    "roster_rd_broader": (
        "名录中企业研发经费合计 {value} 万元；标准的“全社会研发经费”还包括高校、科研院所等，企业合计只是下限",
        "the enterprises' own R&D spending adds up to {value} (10,000 yuan); the standard's R&D "
        "spending in the park also counts universities and institutes, so this is a floor",
    ),
    "roster_source": ("名录 {path}：{what}", "roster {path}: {what}"),
    "roster_counted": ("年末{what} {count} 家", "{what} at year end: {count}"),
    "roster_summed": ("{count} 家企业合计", "the sum over {count} enterprises"),
    "roster_lacking": (
        "{count} 家企业未填，见 zone-gap roster {path}",
        "{count} enterprises lack it; see zone-gap roster {path}",
    ),
    "roster_not_given": ("名录未给出", "not in the roster"),
    "roster_figure": ("指标", "figure"),
    "roster_value": ("数值", "value"),
    "roster_key": ("键", "key"),
    "roster_other_year": (
        "名录 {path} 是 {found} 年的，不是 {year} 年的",
        "the roster {path} is for {found}, not {year}",
    ),
    "roster_as_of_invalid": (
        "--as-of 应为日期，如 2022-12-31，这里是“{value}”",
        "--as-of takes a date such as 2022-12-31, not “{value}”",
    ),
    "roster_rows_lacking": ("未填的行", "rows lacking it"),
    "roster_unknown": ("未知", "unknown"),
    "roster_heading": (
        "{path}：{day} 的名录数字（{count} 行）",
        "{path}: the roster's figures on {day} ({count} rows)",
    ),
    "roster_file_sheet": ("{path}（工作表“{sheet}”）", "{path} (sheet “{sheet}”)"),
    "roster_problems": ("名录中的问题", "Problems in the roster"),
    "roster_also_high_tech": ("其中同为高新技术企业的", "of which also high-tech enterprises"),
    "pipeline_leaving": (
        "{by}年底前迁出园区的持证企业 {count} 家：自迁出当年起其证书不再计数（计入当年到期），"
        "也不能以重新认定留住，须以新认定补足。",
        "Certificate holders leaving the park before the end of {by}: {count}. From the year one leaves, "
        "its certificate no longer counts (it is counted as lapsing that year) and no renewal keeps it: "
        "a new certificate must stand in for it.",
    ),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}
