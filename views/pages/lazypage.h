#pragma once

#include <QWidget>

#include <functional>

// A tab page whose content is built the first time the page is shown or its content is asked for, so the
// window's first paint pays only for the page it shows.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    // build(page) makes the content as a child of page; it runs at most once.
    explicit LazyPage(std::function<QWidget *(QWidget *page)> build, QWidget *parent = nullptr);

    // The content, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

    void setVisible(bool visible) override;

private:
    void placeContentInTabChain();

    std::function<QWidget *(QWidget *page)> m_build;
    QWidget *m_content = nullptr;
};
