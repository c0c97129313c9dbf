// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesession.h"

#include "commands/casecommand.h"
#include "error.h"
#include "interchange/casejson.h"

#include <QFileInfo>
#include <QUuid>

namespace chiptrail::gui {

CaseSession::CaseSession(QObject *parent) : QObject(parent)
{
    connect(&m_document, &CaseDocument::reset, this, &CaseSession::caseReplaced);
}

CaseSession::~CaseSession()
{
    // The undo stack's commands point at this session; they go before the document does.
    m_undo.clear();
}

QString CaseSession::temporaryPath(const QString &name) const
{
    return m_scratch->filePath(name + QLatin1Char('-')
                               + QUuid::createUuid().toString(QUuid::Id128).left(8)
                               + QStringLiteral(".chiptrail"));
}

void CaseSession::adopt(std::unique_ptr<CaseStore> store, bool temporary)
{
    m_undo.clear();
    m_temporary = temporary;
    m_document.setStore(std::move(store));
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
    if (!hasCase())
        return;
    store()->saveCopyAs(path);
    // From now on the named file is the document: the same case, so nothing is loaded again and
    // the undo history stays valid for it.
    m_document.moveToCopy(CaseStore::open(path, CaseStore::Access::ReadWrite));
    m_temporary = false;
    Q_EMIT fileChanged();
}

void CaseSession::perform(std::unique_ptr<CaseCommand> command)
{
    if (!hasCase())
        throw CaseError(tr("no case is open"));
    {
        const CaseDocument::EditScope edit(&m_document);
        command->apply(*store());
    }
    command->m_applied = true;
    m_undo.push(command.release());
}

bool CaseSession::attempt(const QString &action, std::unique_ptr<CaseCommand> command)
{
    try {
        perform(std::move(command));
        return true;
    } catch (const CaseError &error) {
        Q_EMIT editFailed(action, error.message());
        return false;
    }
}

QString CaseSession::displayName() const
{
    if (!hasCase())
        return {};
    const QString title = m_document.data().info.title;
    return m_temporary ? tr("%1 (not saved yet)").arg(title)
                       : tr("%1 — %2").arg(title, QFileInfo(store()->path()).fileName());
}

} // namespace chiptrail::gui
