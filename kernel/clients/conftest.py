"""Real Jupyter clients (jupyter_client, jupyter_kernel_test, nbclient) driving the installed `spindle` kernel.

Run through `./spindle test`, which builds the kernel, installs its kernelspec into a private Jupyter path
and points JUPYTER_PATH at it.
"""
import os

import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel


def pytest_configure(config):
    try:
        KernelSpecManager().get_kernel_spec("spindle")
    except NoSuchKernel:
        raise pytest.UsageError(
            "The 'spindle' kernelspec is not installed where Jupyter looks "
            f"(JUPYTER_PATH={os.environ.get('JUPYTER_PATH', '')!r}). Run the suite with ./spindle test."
        )
