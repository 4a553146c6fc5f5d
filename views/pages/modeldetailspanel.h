#pragma once

#include <QTextBrowser>

struct Dataset;

// Everything the dataset knows about one model: architecture, the article's quoted figures, the
// recommendations it wins and where each fact comes from.
class ModelDetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ModelDetailsPanel(QWidget *parent = nullptr);

    // Shows the model with this id; 0 or an unknown id shows a hint instead.
    void showModel(const Dataset &dataset, qint64 modelId);
    qint64 modelId() const { return m_modelId; }

private:
    qint64 m_modelId = 0;
};
