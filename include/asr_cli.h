/* asr_cli.h: the command line (cli-and-report.md). Returns the exit status:
 * 0 nothing at or above --fail-on, 1 something is, 2 usage error or an
 * unreadable input, 3 a rule script failed to load. */
#ifndef ASR_CLI_H
#define ASR_CLI_H

int asr_cli_main(int argc, char **argv);

/* The national rule catalogue's folder, compiled in (paths.c). */
extern const char asr_rules_dir[];

/* What --help prints (help.c): the usage lines, the list of commands, each
 * command's own; asr_rules_help gives `rules SUB --help` (rules' own for an
 * unknown or no SUB). */
extern const char ASR_USAGE[], ASR_HELP[], ASR_CHECK_HELP[], ASR_SUMMARY_HELP[],
    ASR_TEMPLATE_HELP[];
const char *asr_rules_help(const char *sub);

#endif
