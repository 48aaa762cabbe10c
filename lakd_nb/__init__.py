__version__ = "0.0.1"

def _nbdev_test_setup(cells):
    "nbdev-test's `test_setup` hook: one math thread per notebook worker, so parallel notebooks don't oversubscribe the cores (set OMP_NUM_THREADS to override)"
    import os
    os.environ.setdefault('OMP_NUM_THREADS', '1')

import warnings as _warnings
# fastai.layers calls the deprecated `torch.jit.script` at import: without this, every command's message (and error) comes after a FutureWarning
_warnings.filterwarnings('ignore', message='`torch.jit.script` is deprecated', category=FutureWarning)
