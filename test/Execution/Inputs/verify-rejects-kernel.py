# A wrong "translation" of verify-rejects.py: it computes with torch in the
# wrapper and launches no kernel.
import torch


def double(x):
    return x * 2
