#!/usr/bin/env python3
"""Lists each module's `public` declarations and whether anything outside the module names them.

A declaration counts as used outside when its name appears as a word in another module's sources
(Sources/*, executables included) or in a test file that imports the module without `@testable`.
An initializer counts as used when its type's name is followed by `(` or `.init` outside. The check
is textual and therefore conservative: a common member name (`id`, `render`) used anywhere outside
keeps the declaration public.

    python3 scripts/public-audit.py            # counts per module
    python3 scripts/public-audit.py --list     # plus every public declaration nobody outside names
    python3 scripts/public-audit.py --apply M [--exclude GLOB]... [--keep Type|Type.member]...
                                               # drops `public` from module M's unused declarations
"""
import fnmatch
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MODULES = ["Crypto", "Storage", "Accounts", "Catalog", "Search", "HTTPServer", "Portal"]
DECL = re.compile(
    r"^(?P<indent>\s*)(?P<attrs>(?:@\w+(?:\([^)]*\))?\s+)*)(?P<mods>(?:(?:public|final|static|class|override|"
    r"mutating|nonmutating|convenience|required|nonisolated|lazy|indirect|dynamic|weak|unowned|"
    r"private\(set\)|fileprivate\(set\)|internal\(set\))\s+)*)"
    r"(?P<kind>class|struct|enum|protocol|actor|func|var|let|init|typealias|subscript)\b[?!]?\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)?"
)
TYPE_KINDS = {"class", "struct", "enum", "protocol", "actor"}


def swift_files(directory):
    for base, _, names in os.walk(directory):
        for name in sorted(names):
            if name.endswith(".swift"):
                yield os.path.join(base, name)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def code_only(text):
    """The text with comments and string literal contents blanked (newlines kept), for brace counting."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text[i] == '"':
            j = i + 1
            depth = 0
            while j < n and text[j] != "\n":
                if text[j] == "\\" and j + 1 < n and text[j + 1] == "(":
                    depth += 1; j += 2; continue
                if text[j] == "\\":
                    j += 2; continue
                if depth and text[j] == ")":
                    depth -= 1
                elif not depth and text[j] == '"':
                    break
                j += 1
            out.append(" " * (j + 1 - i)); i = j + 1
        else:
            out.append(text[i]); i += 1
    return "".join(out)


def declarations(path):
    """(line index, kind, name, enclosing type name) for every `public` declaration in the file."""
    text = read(path)
    code = code_only(text).split("\n")
    stack = []  # (depth at which the type body opened, type name)
    pending = None
    depth = 0
    result = []
    for index, line in enumerate(code):
        match = DECL.match(line)
        if match:
            kind, name = match.group("kind"), match.group("name")
            if kind in TYPE_KINDS or line.lstrip().startswith("extension"):
                pending = name
            if re.search(r"\bpublic\b", match.group("mods")):
                enclosing = stack[-1][1] if stack else None
                result.append((index, kind, name or kind, enclosing))
        ext = re.match(r"^\s*(?:public\s+)?extension\s+([A-Za-z_][\w.]*)", line)
        if ext:
            pending = ext.group(1).split(".")[-1]
        for char in line:
            if char == "{":
                depth += 1
                if pending is not None:
                    stack.append((depth, pending)); pending = None
            elif char == "}":
                if stack and stack[-1][0] == depth:
                    stack.pop()
                depth -= 1
    return result


def outside_text(module):
    parts = []
    for entry in sorted(os.listdir(os.path.join(ROOT, "Sources"))):
        if entry != module and os.path.isdir(os.path.join(ROOT, "Sources", entry)):
            parts += [code_only(read(p)) for p in swift_files(os.path.join(ROOT, "Sources", entry))]
    for path in swift_files(os.path.join(ROOT, "Tests")):
        text = read(path)
        if not re.search(r"^@testable import %s\b" % module, text, re.M):
            parts.append(code_only(text))
    return "\n".join(parts)


def audit(module, kept=()):
    outside = outside_text(module)
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", outside))
    rows = []
    for path in swift_files(os.path.join(ROOT, "Sources", module)):
        for index, kind, name, enclosing in declarations(path):
            if kind == "init":
                used = enclosing is not None and re.search(
                    r"\b%s\s*(\(|\.init\b)" % re.escape(enclosing), outside) is not None
                used = used or enclosing is None
            elif kind == "subscript" or not re.match(r"[A-Za-z_]", name):
                used = True
            else:
                used = name in words
            used = used or name in kept or "%s.%s" % (enclosing, name) in kept
            rows.append((path, index, kind, name, enclosing, used))
    # A type nobody outside names takes its members' public with it.
    internal_types = {r[3] for r in rows if r[2] in TYPE_KINDS and not r[5]}
    public_types = {r[3] for r in rows if r[2] in TYPE_KINDS and r[5]}
    rows = [r if not (r[4] in internal_types and r[4] not in public_types) else r[:5] + (False,) for r in rows]
    return rows


def drop_public(rows, excluded):
    by_file = {}
    for path, index, _, _, _, used in rows:
        relative = os.path.relpath(path, ROOT)
        if any(fnmatch.fnmatch(relative, pattern) for pattern in excluded):
            continue
        if not used:
            by_file.setdefault(path, []).append(index)
    for path, indexes in by_file.items():
        lines = read(path).split("\n")
        for index in indexes:
            lines[index] = re.sub(r"\bpublic\s+", "", lines[index], count=1)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))


def main(argv):
    if "--apply" in argv:
        module = argv[argv.index("--apply") + 1]
        excluded = [argv[i + 1] for i, arg in enumerate(argv) if arg == "--exclude"]
        kept = [argv[i + 1] for i, arg in enumerate(argv) if arg == "--keep"]
        drop_public(audit(module, kept), excluded)
        return
    for module in MODULES:
        rows = audit(module)
        unused = [r for r in rows if not r[5]]
        print("%-10s %4d public, %4d named nowhere outside" % (module, len(rows), len(unused)))
        if "--list" in argv:
            for path, index, kind, name, enclosing, _ in unused:
                print("    %s:%d %s %s%s" % (os.path.relpath(path, ROOT), index + 1, kind,
                                          (enclosing + ".") if enclosing else "", name))


if __name__ == "__main__":
    main(sys.argv[1:])
