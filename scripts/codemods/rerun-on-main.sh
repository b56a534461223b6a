#!/usr/bin/env bash
# Merges main into this branch and moves the pairs again on main's newer copies: a file that the
# codemod rewrote and that main changed since is taken from main as it is, then the codemod runs
# over the tree (keys already in the catalogues are reused). Files edited by hand (the i18n set-up)
# merge as usual; a conflict there is left for a person.
set -euo pipefail
target=${1:-main}
base=$(git merge-base HEAD "$target")
hand='^src/(app/layout\.tsx|app/\(official\)/layout\.tsx|lib/|i18n/|modules/accounts/(session-actions|audit-text)\.ts)'
mapfile -t ours < <(git diff --name-only "$base" HEAD -- src/app src/modules src/components | grep -Ev "$hand" || true)
mapfile -t theirs < <(git diff --name-only "$base" "$target" -- src || true)
retake=()
for f in "${ours[@]}"; do
  for g in "${theirs[@]}"; do [[ "$f" == "$g" ]] && retake+=("$f"); done
done
git merge --no-commit --no-ff "$target" || true
for f in "${retake[@]}"; do
  if git cat-file -e "$target:$f" 2>/dev/null; then git checkout "$target" -- "$f"; else git rm -q --cached "$f" 2>/dev/null || true; rm -f "$f"; fi
done
# The catalogues are ours (the codemod merges into them); generated lists are rewritten below.
for f in messages/zh.json messages/en.json src/i18n/client-namespaces.json; do
  if git ls-files -u -- "$f" | grep -q .; then git checkout --ours -- "$f"; fi
done
unresolved=$(git diff --name-only --diff-filter=U)
npx tsx scripts/codemods/pairs-to-catalogue.ts
# Only what is resolved is staged: a conflict left in a hand-edited file stays unmerged for a person.
for f in $(git ls-files -m -o --exclude-standard messages src); do grep -qxF "$f" <<<"$unresolved" || git add -- "$f"; done
echo "re-took ${#retake[@]} files from $target; unresolved:"; echo "$unresolved"
