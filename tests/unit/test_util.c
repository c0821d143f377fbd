/* test_util.c: walking a directory tree (asr_list_files): each real file
 * once, whatever links point where (two links to ".", a loop back up, a
 * hard link), never past ASR_MAX_DIR_DEPTH, in a stable order, and every
 * entry not visited named with why (issue 16, item 10). A walk that would
 * not end fails by its timeout, which is only a safety net. */
#define _GNU_SOURCE
#include "asr.h"

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

TestSuite(files);

/* A fresh directory; its path is in a static buffer. */
static const char *tree(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/assure-tree-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    return dir;
}

/* Remove the tree (links are removed, not followed). */
static void rm_tree(const char *dir)
{
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_expect_eq(system(cmd), 0);
}

static void file(const char *dir, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs("<x/>\n", f);
    fclose(f);
}

static void link_to(const char *dir, const char *target, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    cr_assert_eq(symlink(target, path), 0, "%s", path);
}

static void subdir(const char *dir, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    cr_assert_eq(mkdir(path, 0755), 0, "%s", path);
}

/* Expect exactly the paths want (relative to dir, NULL-terminated), in order. */
static void expect_list(const asr_strlist *got, const char *dir, const char *const *want)
{
    size_t n = 0;
    for (; want[n]; n++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, want[n]);
        cr_expect(n < got->n && strcmp(got->v[n], path) == 0, "entry %zu: got %s, want %s", n,
                  n < got->n ? got->v[n] : "(none)", path);
    }
    cr_expect_eq(got->n, n, "%zu files listed, want %zu", got->n, n);
}

/* Expect one skipped note for dir/name holding why. */
static void expect_skipped(const asr_strlist *skipped, const char *dir, const char *name,
                           const char *why)
{
    char head[PATH_MAX + 4];
    snprintf(head, sizeof head, "%s/%s: ", dir, name);
    size_t found = 0;
    for (size_t i = 0; i < skipped->n; i++)
        if (strncmp(skipped->v[i], head, strlen(head)) == 0) {
            found++;
            cr_expect_not_null(strstr(skipped->v[i], why), "%s lacks '%s'", skipped->v[i], why);
        }
    cr_expect_eq(found, 1, "%zu notes for %s", found, name);
}

/* Two links to ".": the walk was exponential (2^32 paths); now each link
 * is a loop, noted, and the file is listed once. */
Test(files, two_links_to_dot, .timeout = 20)
{
    const char *dir = tree();
    file(dir, "a.xml");
    link_to(dir, ".", "l1");
    link_to(dir, ".", "l2");
    asr_strlist out = {0}, skipped = {0};
    asr_err err;
    cr_assert_eq(asr_list_files_noting(dir, ".xml", &out, &skipped, &err), 0, "%s", err.message);
    expect_list(&out, dir, (const char *const[]){"a.xml", NULL});
    cr_expect_eq(skipped.n, 2);
    expect_skipped(&skipped, dir, "l1", "a loop: the same directory as ");
    expect_skipped(&skipped, dir, "l2", "a loop: the same directory as ");
    asr_strlist_free(&out);
    asr_strlist_free(&skipped);
    rm_tree(dir);
}

/* A link back up from a subdirectory: each file once (it was 33 times). */
Test(files, loop_back_up_lists_each_file_once, .timeout = 20)
{
    const char *dir = tree();
    file(dir, "a.xml");
    subdir(dir, "sub");
    file(dir, "sub/b.xml");
    link_to(dir, "..", "sub/up");
    asr_strlist out = {0}, skipped = {0};
    asr_err err;
    cr_assert_eq(asr_list_files(dir, ".xml", &out, &err), 0, "%s", err.message);
    expect_list(&out, dir, (const char *const[]){"a.xml", "sub/b.xml", NULL});
    asr_strlist_free(&out);
    cr_assert_eq(asr_list_files_noting(dir, ".xml", &out, &skipped, &err), 0);
    cr_expect_eq(skipped.n, 1);
    char want[PATH_MAX];
    snprintf(want, sizeof want, "a loop: the same directory as %s", dir);
    expect_skipped(&skipped, dir, "sub/up", want);
    asr_strlist_free(&out);
    asr_strlist_free(&skipped);
    rm_tree(dir);
}

/* One file by three names (itself, a hard link, a symbolic link) and one
 * directory by two: listed once each, under the name met first in order;
 * the others are noted as the same file or directory. */
Test(files, second_paths_to_one_file_or_directory)
{
    const char *dir = tree();
    file(dir, "m.xml");
    char a[PATH_MAX], b[PATH_MAX];
    snprintf(a, sizeof a, "%s/m.xml", dir);
    snprintf(b, sizeof b, "%s/z-hard.xml", dir);
    cr_assert_eq(link(a, b), 0);
    link_to(dir, "m.xml", "a-link.xml");
    subdir(dir, "d");
    file(dir, "d/x.xml");
    link_to(dir, "d", "e");
    asr_strlist out = {0}, skipped = {0};
    asr_err err;
    cr_assert_eq(asr_list_files_noting(dir, ".xml", &out, &skipped, &err), 0, "%s", err.message);
    expect_list(&out, dir, (const char *const[]){"a-link.xml", "d/x.xml", NULL});
    char first[PATH_MAX];
    snprintf(first, sizeof first, "the same file as %s/a-link.xml", dir);
    expect_skipped(&skipped, dir, "m.xml", first);
    expect_skipped(&skipped, dir, "z-hard.xml", first);
    snprintf(first, sizeof first, "the same directory as %s/d", dir);
    expect_skipped(&skipped, dir, "e", first);
    cr_expect_eq(skipped.n, 3);
    asr_strlist_free(&out);
    asr_strlist_free(&skipped);
    rm_tree(dir);
}

/* A directory ASR_MAX_DIR_DEPTH levels down is read, one further is not:
 * it is noted (it was skipped without a word). */
Test(files, depth_limit_is_noted)
{
    const char *dir = tree();
    char rel[PATH_MAX] = "";
    for (int i = 1; i <= ASR_MAX_DIR_DEPTH + 1; i++) {
        char part[16];
        snprintf(part, sizeof part, "%sd%d", i > 1 ? "/" : "", i);
        strcat(rel, part);
        subdir(dir, rel);
        if (i == ASR_MAX_DIR_DEPTH) {
            char name[PATH_MAX + 16];
            snprintf(name, sizeof name, "%s/deepest.xml", rel);
            file(dir, name);
        }
    }
    char name[PATH_MAX + 16];
    snprintf(name, sizeof name, "%s/too-deep.xml", rel);
    file(dir, name);
    asr_strlist out = {0}, skipped = {0};
    asr_err err;
    cr_assert_eq(asr_list_files_noting(dir, ".xml", &out, &skipped, &err), 0, "%s", err.message);
    cr_assert_eq(out.n, 1);
    cr_expect_not_null(strstr(out.v[0], "/deepest.xml"), "%s", out.v[0]);
    cr_expect_eq(skipped.n, 1);
    expect_skipped(&skipped, dir, rel, "more than 32 levels deep");
    asr_strlist_free(&out);
    asr_strlist_free(&skipped);
    rm_tree(dir);
}

/* asr_list_files says on stderr, in one line naming the directory, what
 * it did not visit and why (counted: the paths may hold any bytes). */
Test(files, one_line_on_stderr, .init = cr_redirect_stderr)
{
    const char *dir = tree();
    file(dir, "a.xml");
    link_to(dir, ".", "l1");
    link_to(dir, "a.xml", "b.xml");
    asr_strlist out = {0};
    asr_err err;
    cr_assert_eq(asr_list_files(dir, ".xml", &out, &err), 0, "%s", err.message);
    fflush(stderr);
    char want[PATH_MAX + 256];
    snprintf(want, sizeof want,
             "assure: %s: 2 entries below it not visited (each file is listed once): 1 link back "
             "into a directory, 1 second path to what was already listed, 0 more than 32 levels "
             "deep\n",
             dir);
    cr_expect_stderr_eq_str(want);
    asr_strlist_free(&out);
    rm_tree(dir);
}

/* Nothing skipped: nothing said; unreadable: an error naming it. */
Test(files, quiet_when_nothing_is_skipped, .init = cr_redirect_stderr)
{
    const char *dir = tree();
    file(dir, "a.xml");
    file(dir, ".hidden.xml");
    asr_strlist out = {0};
    asr_err err;
    cr_assert_eq(asr_list_files(dir, ".xml", &out, &err), 0);
    expect_list(&out, dir, (const char *const[]){"a.xml", NULL});
    char missing[PATH_MAX];
    snprintf(missing, sizeof missing, "%s/nope", dir);
    cr_expect_eq(asr_list_files(missing, ".xml", &out, &err), -1);
    cr_expect_not_null(strstr(err.message, "cannot read directory"), "%s", err.message);
    fflush(stderr);
    cr_expect_stderr_eq_str("");
    asr_strlist_free(&out);
    rm_tree(dir);
}
