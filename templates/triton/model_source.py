# The original module, for ModelNew's constructor (same parameters
# and initialisation as Model under the same seed).
_SOURCE = {{source_literal}}
_source = types.ModuleType("_py2triton_source")
exec(compile(_SOURCE, {{source_name_literal}}, "exec"), _source.__dict__)


