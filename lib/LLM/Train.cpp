// Train.cpp: to be written.
