/* A small program standing in for a signed host executable: only its name and PE type matter here. */
int main(void) { return 0; }
