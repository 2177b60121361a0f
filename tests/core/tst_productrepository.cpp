#include "repositorytestsupport.h"

#include "storage/auditlog.h"
#include "storage/productrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Money;
using cd::Product;
using cd::ProductRepository;

class tst_ProductRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    static Product product(const QString &name, const QString &category = u"Training"_s,
                           Money price = Money(150000000, u"IDR"_s))
    {
        Product p;
        p.name = name;
        p.category = category;
        p.listPrice = price;
        return p;
    }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void roundTripsEveryField()
    {
        ProductRepository repo(m_t.db());
        Product in = product(u"  Tax return filing "_s, u" Tax "_s, Money(1999, u"KWD"_s));
        in.active = false;
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto out = repo.get(*id);
        QVERIFY(out.ok());
        QCOMPARE(out->id, *id);
        QCOMPARE(out->name, u"Tax return filing"_s);
        QCOMPARE(out->category, u"Tax"_s);
        QCOMPARE(out->listPrice, Money(1999, u"KWD"_s));
        QCOMPARE(out->active, false);

        Product changed = *out;
        changed.listPrice = Money(0, u"EUR"_s);
        changed.active = true;
        QVERIFY(repo.update(changed).ok());
        ++changed.rowVersion;
        QCOMPARE(*repo.get(*id), changed);
    }

    // Two managers edit the same product: the second save is refused and names the first;
    // every change is in the audit log.
    void aStaleEditIsRefused()
    {
        ProductRepository repo(m_t.db());
        const auto id = repo.insert(product(u"Payroll"_s));
        QVERIFY(id.ok());
        Product mine = *repo.get(*id);
        Product theirs = *repo.get(*id);
        QCOMPARE(mine.rowVersion, 1);
        theirs.listPrice = Money(175000000, u"IDR"_s);
        QVERIFY(repo.update(theirs).ok());
        mine.category = u"Payroll services"_s;
        const cd::Status refused = repo.update(mine);
        QVERIFY(refused.conflict());
        QVERIFY2(refused.error().startsWith(u"Someone else changed the product “Payroll” since "
                                            "you opened it; reload it and try again. The last "
                                            "change was by "_s),
                 qPrintable(refused.error()));
        QCOMPARE(repo.get(*id)->category, u"Training"_s);
        QCOMPARE(repo.get(*id)->listPrice, Money(175000000, u"IDR"_s));
        QVERIFY(repo.remove(*id).ok());
        const auto log = cd::AuditLog(m_t.db()).list(u"product"_s, *id);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->at(0).action, u"delete"_s);
        QCOMPARE(log->at(2).action, u"create"_s);
        QCOMPARE(repo.update(mine).error(), u"There is no product with id %1."_s.arg(*id));
    }

    void validationRules_data()
    {
        QTest::addColumn<Product>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no name") << product(u" "_s) << QStringList { u"A product needs a name."_s };
        QTest::newRow("no category") << product(u"Audit"_s, u""_s)
                                     << QStringList { u"The product “Audit” needs a category."_s };
        QTest::newRow("negative price")
            << product(u"Audit"_s, u"Assurance"_s, Money(-150, u"EUR"_s))
            << QStringList { u"The list price -1.50 of “Audit” is negative."_s };
        for (const QString &code : { u"eur"_s, u"EURO"_s, u""_s, u"E1R"_s }) {
            QTest::addRow("currency %s", qPrintable(code))
                << product(u"Audit"_s, u"Assurance"_s, Money(100, code))
                << QStringList { u"“%1” is not a currency code; use three capital letters such "
                                 "as EUR or IDR."_s.arg(code) };
        }
        QTest::newRow("everything")
            << product(u""_s, u" "_s, Money(-1, u"x"_s))
            << QStringList { u"A product needs a name."_s, u"The product “” needs a category."_s,
                             u"The list price -0.01 of “” is negative."_s,
                             u"“x” is not a currency code; use three capital letters such as EUR "
                             "or IDR."_s };
    }
    void validationRules()
    {
        QFETCH(Product, input);
        QFETCH(QStringList, expected);
        QCOMPARE(ProductRepository::validate(input), expected);
        ProductRepository repo(m_t.db());
        const auto id = repo.insert(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), expected.join(u' '));
        QCOMPARE(m_t.count(u"products"_s), 0);
    }

    void namesAreUnique()
    {
        ProductRepository repo(m_t.db());
        const auto first = repo.insert(product(u"Payroll"_s));
        QVERIFY(first.ok());
        const auto dup = repo.insert(product(u"PAYROLL "_s, u"HR"_s));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error(), u"There is already a product named “Payroll”."_s);
        const auto second = repo.insert(product(u"Bookkeeping"_s));
        QVERIFY(second.ok());
        Product renamed = *repo.get(*second);
        renamed.name = u"payroll"_s;
        QCOMPARE(repo.update(renamed).error(), u"There is already a product named “Payroll”."_s);
        QCOMPARE(repo.get(*second)->name, u"Bookkeeping"_s);
        QCOMPARE(m_t.count(u"products"_s), 2);
    }

    void listCategoriesAndRemove()
    {
        ProductRepository repo(m_t.db());
        QVERIFY(repo.insert(product(u"Workshop"_s, u"Training"_s)).ok());
        QVERIFY(repo.insert(product(u"Audit"_s, u"Assurance"_s)).ok());
        Product old = product(u"Fax service"_s, u"Admin"_s);
        old.active = false;
        const auto fax = repo.insert(old);
        QVERIFY(fax.ok());

        const auto all = repo.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).name, u"Fax service"_s);
        QCOMPARE(all->at(1).name, u"Audit"_s);
        QCOMPARE(repo.list(true)->size(), 2);
        QCOMPARE(*repo.categories(), (QStringList { u"Admin"_s, u"Assurance"_s, u"Training"_s }));
        QCOMPARE(repo.findByName(u"audit"_s)->value().category, u"Assurance"_s);

        QVERIFY(repo.remove(*fax).ok());
        QCOMPARE(repo.remove(*fax).error(), u"There is no product with id %1."_s.arg(*fax));
        QCOMPARE(repo.get(*fax).error(), u"There is no product with id %1."_s.arg(*fax));
        QCOMPARE(m_t.count(u"products"_s), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ProductRepository)
#include "tst_productrepository.moc"
