// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <random>

// Company names as screening lists hold them: Chinese cities, invented brand words, industry
// words and legal forms, some in Han or Cyrillic script, some with accents.
class NameGenerator
{
public:
    explicit NameGenerator(unsigned seed) : m_rng(seed) {}
    QString company();
    // A variant a screener should still find: typo, other legal form, look-alikes, fullwidth.
    QString variant(const QString &name);
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

private:
    QString brand();
    std::mt19937 m_rng;
};
