-- Which products each customer used (any activity event naming the product): segments and win-back campaigns read it.
CREATE TABLE customer_products (
    customer_id TEXT NOT NULL,
    product_id  TEXT NOT NULL,
    PRIMARY KEY (customer_id, product_id)
) WITHOUT ROWID;

INSERT INTO customer_products (customer_id, product_id)
SELECT DISTINCT customer_id, product_id FROM activity_events WHERE product_id IS NOT NULL;
