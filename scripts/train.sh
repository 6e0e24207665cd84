#!/bin/sh
# Build the entity-tagger trainer and train models/ner.bin (see models/README.md).
# Usage: sh scripts/train.sh   (SHARED overrides ../shared; CC overrides cc)
set -e
SHARED=${SHARED:-../shared}
CC=${CC:-cc}
mkdir -p build
$CC -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -Iinclude -Iext \
  -o build/train_ner tools/train_ner.c ext/text.c ext/tokens.c ext/sentences.c \
  ext/doc.c ext/lexicon.c ext/gazetteer.c ext/gazetteer_data.c ext/tagger.c \
  ext/cues.c ext/cues_data.c ext/cues_learned.c ext/entities.c ext/model_data.c \
  $(pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lpthread -lm
./build/train_ner --train "$SHARED/data/conll2003/train.txt" \
  --dev "$SHARED/data/conll2003/valid.txt" \
  --common "$SHARED/data/corpus/reuters2007.jsonl" \
  --epochs ${EPOCHS:-14} --seed 1 --bits ${BITS:-15} --qmin ${QMIN:-1} \
  --out models/ner.bin
