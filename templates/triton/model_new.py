def _{{name}}_forward({{kernel_params}}):
{{body}}

class ModelNew(_source.Model):
    """Drop-in for Model: same constructor, parameters and initialisation; forward runs Triton kernels."""

    def forward(self, {{params}}):
        return _{{name}}_forward({{call_args}})


