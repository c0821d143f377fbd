/* serve_main.c: the assure-serve program, which `assure serve` runs (see
 * cli.c for why it is a program of its own). */
#include "asr_doc.h"
#include "asr_serve.h"

int main(int argc, char **argv)
{
    asr_xml_init();
    int status = asr_serve_main(argc, argv);
    asr_xml_cleanup();
    return status;
}
