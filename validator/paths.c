/* paths.c: where assure finds the national rule catalogue when neither
 * --rules nor $ASSURE_RULES names one: a folder compiled in. The Makefile
 * builds this file apart from the rest, twice: with the repository's
 * rules/ (ASR_RULES_DIR) for build/assure, and with
 * $(PREFIX)/share/assure/rules (ASR_INSTALLED_RULES_DIR) for the binary
 * `make install` installs. So each binary finds its own catalogue, and
 * neither guesses from where it was started (/proc/self/exe). */
#include "asr_cli.h"

#if defined(ASR_INSTALLED_RULES_DIR)
const char asr_rules_dir[] = ASR_INSTALLED_RULES_DIR;
#elif defined(ASR_RULES_DIR)
const char asr_rules_dir[] = ASR_RULES_DIR;
#else
#error "build with -DASR_RULES_DIR=\"/path/to/rules\" (the Makefile does)"
#endif
