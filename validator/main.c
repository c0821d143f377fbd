/* main.c: process set-up and exit; everything else is in libassure. */
#include "asr_cli.h"
#include "asr_doc.h"

int main(int argc, char **argv)
{
    asr_xml_init();
    int status = asr_cli_main(argc, argv);
    asr_xml_cleanup();
    return status;
}
