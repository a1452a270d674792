// Data.cpp: to be written.
