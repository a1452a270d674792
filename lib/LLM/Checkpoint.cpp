// Checkpoint.cpp: to be written.
