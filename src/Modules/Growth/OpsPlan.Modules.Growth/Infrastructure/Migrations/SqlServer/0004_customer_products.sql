-- Which products each customer used (any activity event naming the product): segments and win-back campaigns read it.
CREATE TABLE growth.customer_products (
    customer_id UNIQUEIDENTIFIER NOT NULL,
    product_id  NVARCHAR(100)    NOT NULL,
    CONSTRAINT pk_customer_products PRIMARY KEY (customer_id, product_id)
);

INSERT INTO growth.customer_products (customer_id, product_id)
SELECT DISTINCT customer_id, product_id FROM growth.activity_events WHERE product_id IS NOT NULL;
