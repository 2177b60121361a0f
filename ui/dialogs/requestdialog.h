#pragma once

#include "domain/serviceitem.h"
#include "domain/servicerequest.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Database;

/// Records a request, revision or complaint of a client, opened now and due within the
/// agreed response time of the chosen service item.
class RequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    RequestDialog(Database &database, qint64 accountId, const QList<ServiceItem> &plan,
                  QWidget *parent = nullptr);

    ServiceRequest request() const;
    QStringList problems() const { return m_problems; }
    qint64 savedId() const { return m_savedId; }
    QLineEdit *titleField() const { return m_title; }
    QComboBox *itemField() const { return m_item; }
    QLabel *dueLabel() const { return m_due; }

    void accept() override;

private:
    void revalidate();

    Database &m_db;
    qint64 m_accountId;
    QList<ServiceItem> m_plan;
    QDateTime m_openedAt;
    QStringList m_problems;
    qint64 m_savedId = 0;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_item = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
