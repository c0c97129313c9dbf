// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "model/displaytext.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace chiptrail::gui {

namespace {

// The entry the text in `box` names (see acceptTypedNames), or -1.
int entryNamed(const QComboBox *box, const QString &typed)
{
    if (typed.isEmpty())
        return -1;
    int index = box->findText(typed, Qt::MatchFixedString); // whole name, any case
    // "United States" for "United States (US)" (not the Outlying Islands), or the code "US".
    static const QRegularExpression trailer(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)$"));
    for (int i = 0; index < 0 && i < box->count(); ++i) {
        const QRegularExpressionMatch m = trailer.match(box->itemText(i));
        if (m.hasMatch() && (m.captured(1).compare(typed, Qt::CaseInsensitive) == 0
                             || m.captured(2).compare(typed, Qt::CaseInsensitive) == 0))
            index = i;
    }
    for (int i = 0; index < 0 && i < box->count(); ++i) {
        if (!box->itemText(i).contains(typed, Qt::CaseInsensitive))
            continue;
        for (int j = i + 1; j < box->count(); ++j)
            if (box->itemText(j).contains(typed, Qt::CaseInsensitive))
                return -1; // more than one: the typing did not say which
        index = i;
    }
    return index;
}

// Takes the typed name when the box loses the focus (the line edit inside does not always hear
// of it) or Enter is pressed.
class TypedNameTaker : public QObject
{
public:
    explicit TypedNameTaker(QComboBox *box) : QObject(box), m_box(box) { box->installEventFilter(this); }
    void take()
    {
        const QString typed = m_box->lineEdit()->text().trimmed();
        if (const int index = entryNamed(m_box, typed); index >= 0)
            m_box->setCurrentIndex(index);
        else if (!typed.isEmpty())
            return; // kept as typed, marked, and the form cannot be accepted (TypedNameCheck)
        m_box->lineEdit()->setText(m_box->itemText(m_box->currentIndex()));
    }

private:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // While ~QWidget gives the focus away the box is no combo box any more (the cast fails).
        if (watched == m_box && event->type() == QEvent::FocusOut && qobject_cast<QComboBox *>(watched))
            take();
        return QObject::eventFilter(watched, event);
    }
    QComboBox *m_box;
};

// The entries containing `typed`, for saying which ones it could mean: four, then "…".
QStringList entriesContaining(const QComboBox *box, const QString &typed)
{
    QStringList found;
    for (int i = 0; i < box->count() && found.size() < 5; ++i)
        if (box->itemText(i).contains(typed, Qt::CaseInsensitive))
            found << box->itemText(i);
    if (found.size() == 5)
        found.last() = QStringLiteral("…");
    return found;
}

const char *const takesTypedNames = "chiptrailTakesTypedNames";

} // namespace

bool typedNameFits(const QComboBox *box)
{
    const QString typed = box->lineEdit() ? box->lineEdit()->text().trimmed() : QString();
    return typed.isEmpty() || typed == box->itemText(box->currentIndex()) || entryNamed(box, typed) >= 0;
}

void acceptTypedNames(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(box->model(), box);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    box->setCompleter(completer);
    auto *taker = new TypedNameTaker(box);
    QObject::connect(box->lineEdit(), &QLineEdit::editingFinished, taker, &TypedNameTaker::take);
    box->setProperty(takesTypedNames, true);
    // The text itself turns red: a border on the line edit inside the box is not drawn.
    QObject::connect(box->lineEdit(), &QLineEdit::textChanged, box, [box] {
        box->lineEdit()->setStyleSheet(typedNameFits(box) ? QString() : QStringLiteral("QLineEdit { color: #b00020; }"));
    });
}

TypedNameCheck::TypedNameCheck(QFormLayout *form)
    : QObject(form), m_form(form), m_message(new QLabel)
{
    m_message->setObjectName(QStringLiteral("typedNameProblem"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(m_message);
    form->setRowVisible(m_message, false);
    for (QComboBox *box : form->parentWidget()->findChildren<QComboBox *>())
        if (box->property(takesTypedNames).toBool()) {
            m_boxes << box;
            connect(box->lineEdit(), &QLineEdit::textChanged, this, &TypedNameCheck::textChanged);
        }
}

bool TypedNameCheck::allFit()
{
    for (const QComboBox *box : std::as_const(m_boxes)) {
        if (typedNameFits(box))
            continue;
        const auto *label = qobject_cast<const QLabel *>(m_form->labelForField(const_cast<QComboBox *>(box)));
        const QString field = label ? QString(label->text()).remove(QLatin1Char('&')) : QString();
        const QString typed = box->lineEdit()->text().trimmed();
        const QStringList fits = entriesContaining(box, typed);
        m_message->setText(fits.isEmpty()
                               ? tr("%1: “%2” is none of the choices; pick one from the list.").arg(field, typed)
                               : tr("%1: “%2” fits %3; type more of the name or pick one from the list.")
                                     .arg(field, typed, QLocale().createSeparatedList(fits)));
        m_form->setRowVisible(m_message, true);
        return false;
    }
    m_form->setRowVisible(m_message, false);
    return true;
}

CountryBox::CountryBox(QWidget *parent) : QComboBox(parent)
{
    QList<QPair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
            countries.append({DisplayText::country(code), code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    addItem(tr("— unknown —"), QString());
    for (const auto &[name, code] : countries)
        if (findData(code) < 0)
            addItem(name, code);
    acceptTypedNames(this);
}

void CountryBox::setCode(const QString &code)
{
    const int index = findData(code);
    if (index >= 0) {
        setCurrentIndex(index);
    } else if (!code.isEmpty()) {
        addItem(code, code); // a code Qt does not know stays as it was
        setCurrentIndex(count() - 1);
    } else {
        setCurrentIndex(0);
    }
}

ConfidenceBox::ConfidenceBox(QWidget *parent) : QComboBox(parent)
{
    for (const Confidence c : allConfidences())
        addItem(DisplayText::confidence(c), int(c));
    setValue(Confidence::Reported);
    acceptTypedNames(this);
}

PartialDateEdit::PartialDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    connect(this, &QLineEdit::textChanged, this, [this] {
        setStyleSheet(isAcceptable() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    });
}

bool PartialDateEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || PartialDate::fromIso(text().trimmed()).has_value();
}

PartialDate PartialDateEdit::value() const
{
    return PartialDate::fromIso(text().trimmed()).value_or(PartialDate{});
}

RecordBox::RecordBox(bool optional, QWidget *parent) : QComboBox(parent)
{
    if (optional)
        addItem(tr("— none —"), qint64(0));
    acceptTypedNames(this);
}

} // namespace chiptrail::gui
