# Runtime helpers every generated module defines (argument checks,
# constants, dotted attributes, dtype mapping).
_CONSTANTS = {}


def _constant(name, values, dtype, shape, device):
    """A constant tensor, made once per device."""
    key = (name, device)
    if key not in _CONSTANTS:
        _CONSTANTS[key] = torch.tensor(values, dtype=dtype, device=device).reshape(shape)
    return _CONSTANTS[key]


def _attr(module, path):
    """module.<path> for a dotted path such as "net.0.weight"."""
    for part in path.split("."):
        module = getattr(module, part)
    return module


def _device_of(t):
    if not isinstance(t, torch.Tensor):
        raise TypeError(f"expected a tensor, got {type(t).__name__}")
    return t.device


def _check_tensor(t, name, shape, dtype, device):
    """Validates one tensor argument: type, device, rank, static dims, dtype."""
    if not isinstance(t, torch.Tensor):
        raise TypeError(f"argument '{name}' must be a torch.Tensor, got {type(t).__name__}")
    if t.device != device:
        raise ValueError(f"argument '{name}' is on {t.device}, expected {device} (all tensors on one device)")
    if t.dim() != len(shape):
        raise ValueError(f"argument '{name}' must have rank {len(shape)}, got shape {tuple(t.shape)}")
    for k, size in enumerate(shape):
        if size is not None and t.shape[k] != size:
            raise ValueError(f"argument '{name}' dim {k} must be {size}, got shape {tuple(t.shape)}")
    if dtype == "float":
        if t.dtype not in (torch.float32, torch.float16, torch.bfloat16):
            raise TypeError(f"argument '{name}' must be float32, float16 or bfloat16, got {t.dtype}")
    elif t.dtype != dtype:
        raise TypeError(f"argument '{name}' must be {dtype}, got {t.dtype}")
