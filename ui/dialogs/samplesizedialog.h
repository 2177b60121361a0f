#pragma once

#include "sample/samplegenerator.h"

#include <QDialog>

class QRadioButton;

namespace cd {

/// Asks how large a sample portfolio to create.
class SampleSizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleSizeDialog)

public:
    enum class Size { Small, Large };

    explicit SampleSizeDialog(QWidget *parent = nullptr);

    Size size() const;
    void setSize(Size size);

    /// The generator options of a size (accounts and revenue entries; the rest default).
    static SampleOptions optionsFor(Size size);

private:
    QRadioButton *m_small = nullptr;
    QRadioButton *m_large = nullptr;
};

} // namespace cd
