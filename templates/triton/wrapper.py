def {{name}}({{params}}):
{{docstring}}{{body}}

