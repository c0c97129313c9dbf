// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesession.h"

#include "commands/casecommand.h"
#include "error.h"
#include "interchange/casejson.h"

#include <QFileInfo>

namespace chiptrail::gui {

CaseSession::CaseSession(QObject *parent, const QString &unsavedDirectory)
    : QObject(parent),
      m_unsavedCases(unsavedDirectory.isEmpty() ? UnsavedCases::defaultDirectory() : unsavedDirectory)
{
    connect(&m_document, &CaseDocument::reset, this, &CaseSession::caseReplaced);
}

CaseSession::~CaseSession()
{
    // The undo stack's commands point at this session; they go before the document does.
    const bool keep = hasUnsavedWork();
    m_undo.clear();
    // The file is closed before it is deleted or left for next time; no view is told any more.
    m_document.blockSignals(true);
    m_document.setStore(nullptr);
    if (m_unsaved && !keep)
        m_unsaved->remove();
}

void CaseSession::adopt(std::unique_ptr<CaseStore> store, std::unique_ptr<UnsavedFile> &&unsaved)
{
    std::unique_ptr<UnsavedFile> previous = std::exchange(m_unsaved, std::move(unsaved));
    const bool wasRecovered = std::exchange(m_recovered, false);
    try {
        m_document.setStore(std::move(store));
    } catch (const CaseError &) {
        // The case could not be read: the one that was open stays, untitled or not, with its history.
        unsaved = std::exchange(m_unsaved, std::move(previous));
        m_recovered = wasRecovered;
        throw;
    }
    m_undo.clear();
    // The untitled case that was open is closed now; the user chose to replace it.
    if (previous)
        previous->remove();
}

void CaseSession::openFile(const QString &path)
{
    auto store = CaseStore::open(path, CaseStore::Access::ReadWrite);
    try {
        adopt(std::move(store), nullptr);
    } catch (const CaseError &error) {
        throw CaseStore::notOpened(path, error); // reading the rows failed
    }
}

void CaseSession::openSample()
{
    const CaseData data = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
    auto unsaved = m_unsavedCases.claimNew(QStringLiteral("sample"));
    auto store = CaseStore::createFrom(unsaved->path(), data);
    try {
        adopt(std::move(store), std::move(unsaved));
    } catch (const CaseError &) {
        unsaved->remove();
        throw;
    }
}

void CaseSession::newCase(const QString &title)
{
    CaseInfo info;
    info.title = title;
    auto unsaved = m_unsavedCases.claimNew(QStringLiteral("new"));
    std::unique_ptr<CaseStore> store;
    try {
        store = CaseStore::create(unsaved->path(), info);
    } catch (const CaseError &) {
        unsaved->remove();
        throw;
    }
    try {
        adopt(std::move(store), std::move(unsaved));
    } catch (const CaseError &) {
        unsaved->remove();
        throw;
    }
}

void CaseSession::recover(std::unique_ptr<UnsavedFile> &&file)
{
    auto store = CaseStore::open(file->path(), CaseStore::Access::ReadWrite);
    adopt(std::move(store), std::move(file));
    m_recovered = true;
}

void CaseSession::saveAs(const QString &path)
{
    if (!hasCase())
        return;
    store()->saveCopyAs(path);
    // From now on the named file is the document: the same case, so nothing is loaded again and
    // the undo history stays valid for it.
    m_document.moveToCopy(CaseStore::open(path, CaseStore::Access::ReadWrite));
    m_document.storeUnstoredPlaces(); // the copy is the user's own file: it keeps the layout
    if (auto unsaved = std::exchange(m_unsaved, nullptr))
        unsaved->remove(); // its edits are all in the named file now
    m_recovered = false;
    Q_EMIT fileChanged();
}

void CaseSession::closeCase()
{
    adopt(nullptr, nullptr);
}

bool CaseSession::hasUnsavedWork() const
{
    return hasCase() && m_unsaved && (m_recovered || m_undo.count() > 0);
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
    return isTemporary() ? tr("%1 (not saved yet)").arg(title)
                         : tr("%1 — %2").arg(title, QFileInfo(store()->path()).fileName());
}

} // namespace chiptrail::gui
