// SPDX-License-Identifier: GPL-3.0-or-later
// Reads FtM entity JSON lines with the FollowTheMoney model as published on npm
// (@alephdata/followthemoney) and fails on anything an FtM reader would refuse or misread:
// an unknown or abstract schema, a property the schema (with its parents) does not have, a value
// that is not valid for its property type, a missing required property, a reference to an
// entity not in the file or of the wrong schema.
//
//   node check_ftm.mjs NODE_PREFIX FILE.ftm.json...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [prefix, ...files] = process.argv.slice(2);
if (!prefix || files.length === 0) {
    console.error('usage: node check_ftm.mjs NODE_PREFIX FILE.ftm.json...');
    process.exit(2);
}
const require = createRequire(path.join(path.resolve(prefix), 'package.json'));
const ftm = require('@alephdata/followthemoney');
const model = new ftm.Model(ftm.defaultModel);
const version = require('@alephdata/followthemoney/package.json').version;

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
function validDate(v) {
    const m = datePattern.exec(v);
    if (!m) return false;
    const [, y, mo, d] = m;
    if (mo && (+mo < 1 || +mo > 12)) return false;
    if (d) {
        const days = new Date(Date.UTC(+y, +mo, 0)).getUTCDate();
        if (+d < 1 || +d > days) return false;
    }
    return true;
}
function validUrl(v) {
    try {
        const u = new URL(v);
        return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
        return false;
    }
}

let problems = 0;
let checked = 0;
for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const entities = new Map();
    const problem = (line, text) => {
        problems++;
        console.log(`${file}:${line}: ${text}`);
    };
    lines.forEach((text, i) => {
        if (text.trim() === '') return;
        let raw;
        try {
            raw = JSON.parse(text);
        } catch (e) {
            problem(i + 1, `not JSON: ${e.message}`);
            return;
        }
        if (typeof raw.id !== 'string' || raw.id === '') problem(i + 1, 'no id');
        if (entities.has(raw.id)) problem(i + 1, `id ${raw.id} also on line ${entities.get(raw.id).line}`);
        entities.set(raw.id, { raw, line: i + 1 });
    });
    for (const { raw, line } of entities.values()) {
        checked++;
        const schema = model.schemata[raw.schema];
        if (!schema) {
            problem(line, `unknown schema ${raw.schema}`);
            continue;
        }
        if (schema.abstract) problem(line, `schema ${raw.schema} is abstract`);
        const props = raw.properties || {};
        for (const name of schema.required || []) {
            if (!props[name] || props[name].length === 0) problem(line, `${raw.schema} requires ${name}`);
        }
        for (const [name, values] of Object.entries(props)) {
            if (!schema.hasProperty(name)) {
                problem(line, `${raw.schema} has no property ${name}`);
                continue;
            }
            const prop = schema.getProperty(name);
            const type = prop.type;
            if (!Array.isArray(values)) {
                problem(line, `${name}: values must be a list`);
                continue;
            }
            const maxLength = prop.maxLength || type.maxLength;
            for (const v of values) {
                if (typeof v !== 'string') {
                    problem(line, `${name}: value is not a string: ${JSON.stringify(v)}`);
                    continue;
                }
                if (v.length === 0) problem(line, `${name}: empty value`);
                if (maxLength && v.length > maxLength) problem(line, `${name}: ${v.length} characters, ${type.name} takes ${maxLength}`);
                const bad = (what) => problem(line, `${name} (${type.name}): ${JSON.stringify(v.slice(0, 80))} is not ${what}`);
                switch (type.name) {
                case 'date': if (!validDate(v)) bad('a date'); break;
                case 'country': if (!type.values.has(v)) bad('an FtM country code'); break;
                case 'language': if (!type.values.has(v)) bad('an FtM language code'); break;
                case 'gender': if (!type.values.has(v)) bad('an FtM gender'); break;
                case 'topic': if (!type.values.has(v)) bad('an FtM topic'); break;
                case 'url': if (!validUrl(v)) bad('an http(s) URL'); break;
                case 'number': if (!Number.isFinite(Number(v))) bad('a number'); break;
                case 'entity': {
                    const target = entities.get(v);
                    if (!target) {
                        problem(line, `${name}: refers to ${v}, not in the file`);
                        break;
                    }
                    const range = prop.getRange();
                    const targetSchema = model.schemata[target.raw.schema];
                    if (range && targetSchema && !targetSchema.isA(range))
                        problem(line, `${name}: ${v} is a ${target.raw.schema}, not a ${range.name}`);
                    break;
                }
                }
            }
        }
        try {
            model.getEntity(raw); // the package's own reading of the entity
        } catch (e) {
            problem(line, `the FtM package refuses the entity: ${e.message}`);
        }
    }
}
console.log(`${checked} entities checked with @alephdata/followthemoney ${version}: ${problems} problems`);
if (checked === 0) {
    console.log('no entities read: nothing was checked');
    process.exit(1);
}
process.exit(problems === 0 ? 0 : 1);
