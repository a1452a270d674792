// Generate.cpp: to be written.
