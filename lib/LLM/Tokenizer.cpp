// Tokenizer.cpp: to be written.
