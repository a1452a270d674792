// Muon.cpp: to be written.
