"""pytest configuration shared by python/tests.

Triton reads TRITON_INTERPRET when a kernel is decorated, so it must be set
before any test module imports triton: the tests here run on CPU tensors.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("TRITON_INTERPRET", "1")

# Make the in-tree package importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
