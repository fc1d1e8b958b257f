#!/usr/bin/env sh
# Refresh the translations after GUI strings change, from the top of the checkout:
#
#     resources/translations/update.sh
#
# lupdate adds new strings to observer_*.ts as "unfinished" (and drops vanished ones);
# translate those in Qt Linguist (.venv/bin/pyside6-linguist) or any editor, run this
# again so lrelease compiles the .qm files the app loads, and commit both.
#
# lupdate does not see through the `_tr("…")` helpers the GUI modules use, so it reads
# copies where each call is spelled out as QCoreApplication.translate("Context", "…"),
# on the same line and laid out like the checkout, so the .ts locations stay right.
# Strings the code only builds at run time (template language names) are added from
# RUNTIME_STRINGS below; their .ts location names a file that exists only during a run.
set -eu
cd "$(dirname "$0")/../.."
BIN="$(cd "${BIN:-.venv/bin}" && pwd)"  # a venv with PySide6
LANGS="ru kk"
OUT=resources/translations

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/src/observer/gui" "$work/ui" "$work/$OUT"
cp ui/*.ui "$work/ui/"

"$BIN/python" - "$work" src/observer/gui/*.py <<'PY'
import ast
import io
import sys
import tokenize
from pathlib import Path

from PySide6.QtCore import QLocale

# formatting.language_text() shows a template's language as
# _tr(QLocale.languageToString(language)) in the "Vocabulary" context.
RUNTIME_LANGUAGES = (
    "en cy ga ru kk uz ky tg tk az uk be de fr es it pt nl pl cs ro el tr ar zh"
)


def helper_contexts(source):
    """Module-level `def f(text): return <…>.translate("Context", text)` helpers."""
    found = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [n for n in node.body if not isinstance(n, ast.Expr)]  # skip a docstring
        call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


def expand(source):
    """`_tr(` becomes `QCoreApplication.translate("Context", ` on the same line."""
    contexts = helper_contexts(source)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    edits = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.type != tokenize.NAME or tok.string not in contexts:
            continue
        if (i and tokens[i - 1].string in ("def", ".")) or tokens[i + 1].string != "(":
            continue
        new = f"QCoreApplication.translate({contexts[tok.string]!r}, "
        edits.append((tok.start[0], tok.start[1], tokens[i + 1].end[1], new))
    lines = source.splitlines(keepends=True)
    for row, start, end, new in sorted(edits, reverse=True):
        lines[row - 1] = lines[row - 1][:start] + new + lines[row - 1][end:]
    return "".join(lines)


work = Path(sys.argv[1])
for name in sys.argv[2:]:
    text = Path(name).read_text(encoding="utf-8")
    (work / name).write_text(expand(text), encoding="utf-8")
names = [QLocale.languageToString(QLocale(code).language()) for code in RUNTIME_LANGUAGES.split()]
(work / "resources/translations/runtime_strings.py").write_text(
    "".join(f'QT_TRANSLATE_NOOP("Vocabulary", "{n}")\n' for n in names), encoding="utf-8"
)
PY

ts_files=""
for lang in $LANGS; do
    ts="$OUT/observer_$lang.ts"
    if [ -f "$ts" ]; then cp "$ts" "$work/$OUT/"; fi
    ts_files="$ts_files $ts"
done
# shellcheck disable=SC2086  # the file lists are meant to split
(cd "$work" && "$BIN/pyside6-lupdate" -silent -no-obsolete -source-language en \
    src/observer/gui/*.py ui/*.ui "$OUT/runtime_strings.py" -ts $ts_files)

for lang in $LANGS; do
    cp "$work/$OUT/observer_$lang.ts" "$OUT/"
    "$BIN/pyside6-lrelease" -silent "$OUT/observer_$lang.ts" -qm "$OUT/observer_$lang.qm"
done

"$BIN/python" - $ts_files <<'PY'
import sys
import xml.etree.ElementTree as ET

for ts in sys.argv[1:]:
    todo = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    print(f"{ts}: {len(todo)} to translate" + "".join(f"\n    {t}" for t in todo))
PY
