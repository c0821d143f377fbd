/* asr_cli.h: the command line (cli-and-report.md). Returns the exit status:
 * 0 nothing at or above --fail-on, 1 something is, 2 usage error or an
 * unreadable input, 3 a rule script failed to load. */
#ifndef ASR_CLI_H
#define ASR_CLI_H

int asr_cli_main(int argc, char **argv);

#endif
