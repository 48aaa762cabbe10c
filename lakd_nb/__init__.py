__version__ = "0.0.1"

def _nbdev_test_setup(cells):
    "nbdev-test's `test_setup` hook: one math thread per notebook worker, so parallel notebooks don't oversubscribe the cores (set OMP_NUM_THREADS to override)"
    import os
    os.environ.setdefault('OMP_NUM_THREADS', '1')
