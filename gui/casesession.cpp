// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesession.h"

#include "commands/casecommand.h"
#include "error.h"
#include "interchange/casejson.h"

#include <QFileInfo>
#include <QUuid>

namespace chiptrail::gui {

CaseSession::CaseSession(QObject *parent) : QObject(parent) {}

CaseSession::~CaseSession() = default;

QString CaseSession::temporaryPath(const QString &name) const
{
    return m_scratch->filePath(name + QLatin1Char('-')
                               + QUuid::createUuid().toString(QUuid::Id128).left(8)
                               + QStringLiteral(".chiptrail"));
}

void CaseSession::adopt(std::unique_ptr<CaseStore> store, bool temporary)
{
    m_undo.clear();
    m_store = std::move(store);
    m_temporary = temporary;
    connect(m_store.get(), &CaseStore::changed, this, &CaseSession::caseChanged);
    Q_EMIT caseReplaced();
}

void CaseSession::openFile(const QString &path)
{
    adopt(CaseStore::open(path, CaseStore::Access::ReadWrite), false);
}

void CaseSession::openSample()
{
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>();
    const CaseData data = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
    adopt(CaseStore::createFrom(temporaryPath(QStringLiteral("sample")), data), true);
}

void CaseSession::newCase(const QString &title)
{
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>();
    CaseInfo info;
    info.title = title;
    adopt(CaseStore::create(temporaryPath(QStringLiteral("new")), info), true);
}

void CaseSession::saveAs(const QString &path)
{
    if (!m_store)
        return;
    m_store->saveCopyAs(path);
    // From now on the named file is the document; the undo history stays valid for it.
    auto saved = CaseStore::open(path, CaseStore::Access::ReadWrite);
    m_store = std::move(saved);
    m_temporary = false;
    connect(m_store.get(), &CaseStore::changed, this, &CaseSession::caseChanged);
    Q_EMIT caseReplaced();
}

void CaseSession::perform(std::unique_ptr<CaseCommand> command)
{
    if (!m_store)
        throw CaseError(tr("no case is open"));
    command->apply(*m_store);
    command->m_applied = true;
    m_undo.push(command.release());
}

QString CaseSession::displayName() const
{
    if (!m_store)
        return {};
    const QString title = m_store->info().title;
    return m_temporary ? tr("%1 (not saved yet)").arg(title)
                       : tr("%1 — %2").arg(title, QFileInfo(m_store->path()).fileName());
}

} // namespace chiptrail::gui
