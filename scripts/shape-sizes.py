#!/usr/bin/env python3
"""Lists functions over N lines and .cpp files over M lines in app/, ui/ and core/."""
import re, sys, pathlib
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')
FN, FILE = 120, 800
def ns_close(lines, i):
    return False
def functions(text):
    lines = text.split('\n')
    depth = 0; start = None; name = None
    out = []
    sig = []
    for i, line in enumerate(lines):
        if re.match(r'\s*(inline\s+)?namespace\b[^;]*\{\s*(//.*)?$', line) or re.match(r'\}\s*//\s*namespace', line) or re.match(r'\}\s*$', line) and ns_close(lines, i):
            continue
        code = re.sub(r'//.*', '', line)
        code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
        code = re.sub(r"'(\\.|[^'\\])*'", "''", code)
        if depth == 0 and start is None:
            sig.append(code)
        opens = code.count('{'); closes = code.count('}')
        if depth == 0 and opens > closes and start is None:
            s = ' '.join(sig[-4:])
            if re.search(r'\)\s*(const)?\s*(override)?\s*(noexcept)?\s*(->[^{]*)?\s*(:[^{]*)?\{', s) or re.search(r'\)\s*$', ' '.join(sig[-5:-1])):
                if not re.match(r'\s*(namespace|class|struct|enum|extern)\b', s.strip().split('\n')[-1]) and 'namespace' not in code and not re.search(r'\b(class|struct|enum)\b', code):
                    m = re.findall(r'([~\w:]+)\s*\(', s)
                    start = i; name = m[0] if m else '?'
            sig = []
        depth += opens - closes
        if depth == 0 and start is not None:
            out.append((i - start + 1, name, start + 1)); start = None
        if depth == 0 and code.strip().endswith(';'):
            sig = []
    return out
bad = 0
for d in ('app', 'ui', 'core'):
    for p in sorted((root / d).rglob('*.cpp')):
        text = p.read_text()
        n = text.count('\n')
        reason = text.split('\n', 1)[0].startswith('// Long:') or text.split('\n',1)[0].startswith('// Size:')
        if n > FILE and not reason:
            print(f'{p.relative_to(root)}: {n} lines'); bad += 1
        for length, name, line in functions(text):
            if length > FN:
                print(f'{p.relative_to(root)}:{line}: {name} {length} lines'); bad += 1
sys.exit(1 if bad else 0)
