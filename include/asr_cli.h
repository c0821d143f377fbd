/* asr_cli.h: the command line (cli-and-report.md). Returns the exit status:
 * 0 nothing at or above --fail-on, 1 something is, 2 usage error or an
 * unreadable input, 3 a rule script failed to load. */
#ifndef ASR_CLI_H
#define ASR_CLI_H

#include "asr_check.h"

int asr_cli_main(int argc, char **argv);

/* The national rule catalogue's folder, compiled in (paths.c). */
extern const char asr_rules_dir[];

/* What --help prints (help.c): the usage lines, the list of commands, each
 * command's own; asr_rules_help gives `rules SUB --help` (rules' own for an
 * unknown or no SUB). */
extern const char ASR_USAGE[], ASR_HELP[], ASR_CHECK_HELP[], ASR_SUMMARY_HELP[],
    ASR_TEMPLATE_HELP[];
const char *asr_rules_help(const char *sub);

/* What `check` and `serve` (serve.c) share. */

/* The rule folders of a run: the national catalogue first (a --rules folder
 * holding catalogue.lua, else the bundled one: $ASSURE_RULES, ../rules
 * beside the binary, or the path compiled in), then every other --rules
 * folder in the order given. */
void asr_cli_rule_dirs(const asr_strlist *given, asr_strlist *out);

/* Open one engine per worker on dirs with a region's tolerances file (may
 * be NULL) and the CPU time a rule may take (rule_ms; 0 the default),
 * printing what is wrong with the catalogue on stderr. Returns 0 with all
 * open, or -1 with none open and *status the exit status. */
int asr_cli_open_engines(asr_engine *engines, int jobs, const asr_strlist *dirs,
                         const char *tolerances, long rule_ms, int *status);

/* One run note per tolerance a region set (its value, the catalogue's
 * default, where it was set and why), appended to notes. */
void asr_cli_tolerance_notes(const asr_catalogue *cat, asr_strlist *notes);

#endif
