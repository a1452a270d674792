{{decorators}}@triton.jit
def {{name}}({{params}}):
    # {{comment}}
{{body}}


