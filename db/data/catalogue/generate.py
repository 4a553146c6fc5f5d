#!/usr/bin/env python3
"""Writes the catalogue's rows of db/data/dataset.sql from db/data/catalogue/*.csv.

    python3 db/data/catalogue/generate.py            # rewrites db/data/dataset.sql in place
    python3 db/data/catalogue/generate.py --check    # exit 1 if dataset.sql is not what the CSVs give

The article's rows (its models, tier list, quotes and recommendations) are written by hand in dataset.sql
and left as they are. Generated are: the GPU table and the API price table (whole), the source rows of the
article's 15 GPUs, and the block from "-- The catalogue:" up to the GPU table (the catalogue's models and
the sources of its models, new GPUs and new prices). Ids already in dataset.sql are kept, so a running
database's ids never move when a row is added; new GPUs and prices take the next free id. Catalogue models
are numbered from 9 in the CSV's order: add new ones at the end.
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CATALOGUE = os.path.join(ROOT, 'db', 'data', 'catalogue')
DATASET = os.path.join(ROOT, 'db', 'data', 'dataset.sql')

# The article's models, which the catalogue lists too but must not duplicate: catalogue name -> article id.
ARTICLE_DUPLICATES = {'Llama 3.3 70B Instruct': 5, 'DeepSeek R1': 3,
                      'Llama 4 Scout 17B-16E Instruct': 8, 'Llama 4 Maverick 17B-128E Instruct': 7}
# Prices name models by repository; these repositories are the article's rows.
ARTICLE_REPOSITORIES = {'deepseek-ai/DeepSeek-V3.2': 1, 'Qwen/Qwen3-Coder-Next': 4,
                        'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8': 7}
FIRST_MODEL_ID, FIRST_MODEL_SOURCE = 9, 100
FIRST_NEW_GPU_SOURCE, FIRST_NEW_PRICE_SOURCE = 300, 400
ARTICLE_PRICES = 13  # ids 1..13 keep their model link and source as the article's data set them

MODEL_COLUMNS = ('id, name, reference_model, proxy, vendor, total_params, active_params, layers, hidden_size, '
                 'attention_heads, kv_heads, head_dim, attention, kv_lora_rank, qk_rope_head_dim, '
                 'full_attention_layers, attention_window, recurrent_state_elements, routed_experts, '
                 'experts_per_token, shared_experts, max_context, license, released, notes, uncertain, source_id')
GPU_COLUMNS = ('id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, tdp_w, street_price_usd, '
               'street_price_as_of, cloud_usd_per_hour, cloud_provider, cloud_price_as_of, gpu_memory_share, '
               'notes, uncertain, source_id')
SOURCE_INSERT = 'INSERT INTO source (id, title, origin, as_of, note) VALUES\n'


def text(v):
    """A NOT NULL text column."""
    return "'" + (v or '').replace("'", "''") + "'"


def text_or_null(v):
    return 'NULL' if not v else text(v)


def number(v):
    return 'NULL' if v == '' else v


def read_csv(name):
    with open(os.path.join(CATALOGUE, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def section(sql, start, end):
    return sql[sql.index(start):sql.index(end)]


def block(lines):
    return ',\n'.join(lines) + ';\n'


def model_rows(models):
    sources, rows, repository_ids = [], [], dict(ARTICLE_REPOSITORIES)
    model_id, source_id = FIRST_MODEL_ID, FIRST_MODEL_SOURCE
    for r in models:
        if r['name'] in ARTICLE_DUPLICATES:
            repository_ids[r['reference_model']] = ARTICLE_DUPLICATES[r['name']]
            continue
        as_of, note = r['source_as_of'], ''
        if not as_of:
            as_of = r['released'][:7]
            note = 'As of the release: the config.json copy carries no date of its own.'
        title = 'Model configuration: ' + r['reference_model'].split('/')[-1]
        sources.append(f"    ({source_id}, {text(title)}, {text(r['source_origin'])}, {text(as_of)}, {text(note)})")
        cols = [str(model_id), text(r['name']), text(r['reference_model']), '0', text(r['vendor'])]
        cols += [number(r[k]) for k in ('total_params', 'active_params', 'layers', 'hidden_size', 'attention_heads',
                                        'kv_heads', 'head_dim')]
        cols.append(text(r['attention']))
        cols += [number(r[k]) for k in ('kv_lora_rank', 'qk_rope_head_dim', 'full_attention_layers', 'attention_window',
                                        'recurrent_state_elements', 'routed_experts', 'experts_per_token',
                                        'shared_experts', 'max_context')]
        cols += [text(r['license']), text(r['released']), text(r['notes']), r['uncertain'], str(source_id)]
        rows.append('    (' + ', '.join(cols) + ')')
        repository_ids.setdefault(r['reference_model'], model_id)
        model_id += 1
        source_id += 1
    return sources, rows, repository_ids


def gpu_rows(gpus, sql):
    existing = {m.group(2): (int(m.group(1)), int(m.group(3))) for m in re.finditer(
        r"^    \((\d+), '([^']+)', '[^']*', .*, (\d+)\)[,;]$", section(sql, 'INSERT INTO gpu (', 'INSERT INTO quant_format'),
        re.M)}
    next_id = max([i for i, _ in existing.values()], default=0) + 1
    next_source = max([s for _, s in existing.values() if s >= FIRST_NEW_GPU_SOURCE], default=FIRST_NEW_GPU_SOURCE - 1) + 1
    sources, rows = {}, {}
    for r in gpus:
        if r['name'] in existing:
            gpu_id, source_id = existing[r['name']]
        else:
            gpu_id, source_id = next_id, next_source
            next_id += 1
            next_source += 1
        sources[source_id] = (f"    ({source_id}, {text('GPU specification: ' + r['name'])}, {text(r['source_origin'])}, "
                              f"{text(r['source_as_of'])}, '')")
        cols = [str(gpu_id), text(r['name']), text(r['vendor']), r['memory_gib'], text(r['memory_kind']),
                r['bandwidth_gb_s'], r['fp16_tflops'], number(r['tdp_w']), number(r['street_price_usd']),
                text_or_null(r['street_price_as_of']), number(r['cloud_usd_per_hour']),
                text_or_null(r['cloud_provider']), text_or_null(r['cloud_price_as_of']),
                number(r['gpu_memory_share']), text(r['notes']), r['uncertain'], str(source_id)]
        rows[gpu_id] = '    (' + ', '.join(cols) + ')'
    return sources, [rows[k] for k in sorted(rows)]


def price_rows(prices, sql, repository_ids):
    existing = {}
    for m in re.finditer(r"^    \((\d+), '([^']+)', '((?:[^']|'')+)', (\w+), .*, (\d+)\)[,;]$",
                         section(sql, 'INSERT INTO api_price (', "-- The article's tier list"), re.M):
        existing[(m.group(2), m.group(3).replace("''", "'"))] = (int(m.group(1)), m.group(4), int(m.group(5)))
    next_id = max([i for i, _, _ in existing.values()], default=0) + 1
    next_source = max([s for _, _, s in existing.values() if s >= FIRST_NEW_PRICE_SOURCE],
                      default=FIRST_NEW_PRICE_SOURCE - 1) + 1
    sources, rows = [], {}
    for r in prices:
        key = (r['provider'], r['model_name'])
        link = str(repository_ids[r['matches_model']]) if r['matches_model'] in repository_ids else 'NULL'
        if key in existing:
            price_id, old_link, source_id = existing[key]
            if price_id <= ARTICLE_PRICES:
                link = old_link
        else:
            price_id, source_id = next_id, next_source
            next_id += 1
            next_source += 1
        if source_id >= FIRST_NEW_PRICE_SOURCE:
            title = 'API list prices: ' + r['provider'] + ' ' + r['model_name']
            sources.append((source_id, f"    ({source_id}, {text(title)}, {text(r['source_origin'])}, {text(r['as_of'])}, '')"))
        cols = [str(price_id), text(r['provider']), text(r['model_name']), link, r['input_usd_per_mtok'],
                number(r['cached_input_usd_per_mtok']), r['output_usd_per_mtok'], text(r['as_of']), text(r['notes']),
                r['uncertain'], str(source_id)]
        rows[price_id] = '    (' + ', '.join(cols) + ')'
    return [line for _, line in sorted(sources)], [rows[k] for k in sorted(rows)]


def generate(sql):
    model_sources, models, repository_ids = model_rows(read_csv('models.csv'))
    gpu_sources, gpus = gpu_rows(read_csv('gpus.csv'), sql)
    price_sources, prices = price_rows(read_csv('api_prices.csv'), sql, repository_ids)

    # The article's GPUs keep their source ids below 100; their citation is the catalogue's.
    for source_id, line in gpu_sources.items():
        if source_id < FIRST_MODEL_SOURCE:
            sql, count = re.subn(r"^    \(%d, 'GPU specification: [^\n]*?(,|;)$" % source_id,
                                 lambda m, line=line: line + m.group(1), sql, flags=re.M)
            assert count == 1, source_id

    start, end = sql.index('INSERT INTO gpu ('), sql.index('INSERT INTO quant_format')
    sql = sql[:start] + 'INSERT INTO gpu (' + GPU_COLUMNS + ') VALUES\n' + block(gpus) + '\n' + sql[end:]

    start, end = sql.index('INSERT INTO api_price ('), sql.index("-- The article's tier list")
    sql = sql[:start] + sql[start:sql.index('\n', start) + 1] + block(prices) + '\n' + sql[end:]

    catalogue = ('-- The catalogue: open-weight models beyond the article, each read from its config.json or a cited\n'
                 "-- re-statement of it (uncertain = 1 says which). They have no tier: the tier list is the article's.\n"
                 + SOURCE_INSERT + block(model_sources)
                 + SOURCE_INSERT + block([gpu_sources[s] for s in sorted(gpu_sources) if s >= FIRST_NEW_GPU_SOURCE])
                 + SOURCE_INSERT + block(price_sources) + '\n'
                 + 'INSERT INTO model (' + MODEL_COLUMNS + ') VALUES\n' + block(models) + '\n')
    start, end = sql.index('-- The catalogue: open-weight models'), sql.index('INSERT INTO gpu (')
    return sql[:start] + catalogue + sql[end:], (len(models) + 8, len(gpus), len(prices))


def main():
    check = sys.argv[1:] == ['--check']
    if sys.argv[1:] and not check:
        sys.exit('usage: generate.py [--check]')
    with open(DATASET, encoding='utf-8') as f:
        current = f.read()
    generated, counts = generate(current)
    if check:
        if generated != current:
            sys.exit('db/data/dataset.sql differs from what db/data/catalogue/*.csv give: '
                     'run python3 db/data/catalogue/generate.py')
        return
    with open(DATASET, 'w', encoding='utf-8') as f:
        f.write(generated)
    print('%d models, %d GPUs, %d API prices' % counts, file=sys.stderr)


if __name__ == '__main__':
    main()
