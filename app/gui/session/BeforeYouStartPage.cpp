#include "BeforeYouStartPage.h"

#include "model/SafetyAdvice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Limber {

BeforeYouStartPage::BeforeYouStartPage(QWidget *parent)
    : QWidget(parent)
    , m_continue(new QPushButton(tr("I Understand, &Continue")))
{
    setObjectName(QStringLiteral("beforeYouStartPage"));
    auto *title = new QLabel(SafetyAdvice::beforeYouStartTitle());
    title->setObjectName(QStringLiteral("beforeYouStartTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);

    auto *text = new QLabel(html());
    text->setObjectName(QStringLiteral("beforeYouStartText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    QFont readable = text->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.2);
    text->setFont(readable);

    m_continue->setObjectName(QStringLiteral("beforeYouStartContinue"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    auto *notNow = new QPushButton(tr("&Not Now"));
    notNow->setObjectName(QStringLiteral("beforeYouStartNotNow"));

    auto *column = new QWidget;
    column->setMaximumWidth(680);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(text);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 4);
    centred->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(notNow);
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
    layout->addLayout(buttons);

    connect(m_continue, &QPushButton::clicked, this, &BeforeYouStartPage::accepted);
    connect(notNow, &QPushButton::clicked, this, &BeforeYouStartPage::declined);
    setFocusProxy(m_continue);
}

QString BeforeYouStartPage::html()
{
    QString items;
    for (const QString &reason : SafetyAdvice::seeAProfessionalFirst())
        items += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    return QStringLiteral("<p>%1</p><ul>%2</ul><p>%3</p><p><i>%4</i></p>")
        .arg(SafetyAdvice::beforeYouStartIntro().toHtmlEscaped(), items,
             SafetyAdvice::beforeYouStartClosing().toHtmlEscaped(), SafetyAdvice::whoseAdvice().toHtmlEscaped());
}

} // namespace Limber
