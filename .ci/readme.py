#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb with nbconvert's markdown export (nbdev's own readme step needs Quarto).

    python .ci/readme.py          # regenerate README.md
    python .ci/readme.py --check  # exit 1 when README.md is out of step with nbs/index.ipynb

Cells flagged `#| hide` (and `#| export*` cells) are left out, `#| echo: false` keeps only a cell's (text) output,
`#| output: false` keeps only its input; the `#|` directive lines themselves are dropped.
"""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

root = Path(__file__).resolve().parent.parent
src, dest = root/'nbs'/'index.ipynb', root/'README.md'
_directive = re.compile(r'^\s*#\|\s*(.*?)\s*$')

def split_directives(source):
    "Leading `#|` directives of a cell (as a set of strings) and the rest of its source"
    lines = source.splitlines()
    n = 0
    while n < len(lines) and _directive.match(lines[n]): n += 1
    return {_directive.match(l)[1].replace(' ', '') for l in lines[:n]}, '\n'.join(lines[n:]).strip()

def readme_cells(nb):
    "The cells of `nb` that belong in the README, directives removed"
    for cell in nb.cells:
        if cell.cell_type != 'code': yield cell; continue
        dirs, body = split_directives(cell.source)
        if 'hide' in dirs or any(d.startswith('export') for d in dirs): continue
        if 'echo:false' in dirs:  # only the output: printed text becomes a plain fenced block
            text = ''.join(o.get('text', '') or o.get('data', {}).get('text/plain', '') for o in cell.outputs)
            if text.strip(): yield nbformat.v4.new_markdown_cell('```\n' + text.rstrip() + '\n```')
            continue
        cell.source = body
        if 'output:false' in dirs: cell.outputs = []
        if cell.source or cell.outputs: yield cell

def render():
    nb = nbformat.read(src, as_version=4)
    nb.cells = list(readme_cells(nb))
    nb.metadata.setdefault("language_info", {"name": "python"})  # fenced code blocks get their language
    body, _ = MarkdownExporter(exclude_input_prompt=True, exclude_output_prompt=True).from_notebook_node(nb)
    body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
    return '<!-- Generated from nbs/index.ipynb by `python .ci/readme.py`: edit the notebook, not this file. -->\n\n' + body

if __name__ == '__main__':
    text = render()
    if '--check' in sys.argv[1:]:
        if not dest.exists() or dest.read_text(encoding='utf-8') != text:
            sys.exit('README.md is out of step with nbs/index.ipynb: run `python .ci/readme.py` and commit README.md')
        print('README.md is in step with nbs/index.ipynb')
    else:
        dest.write_text(text, encoding='utf-8')
        print(f'wrote {dest.relative_to(root)}')
