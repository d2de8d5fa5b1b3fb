"""The Spark job under the name the scale issue gives it: ``bilateral.spark`` is ``bilateral.scale.spark``.

    spark-submit src/bilateral/scale/spark.py DUMP facts.parquet
"""

from bilateral.scale.spark import facts_from_dump, facts_from_pages, facts_schema, main, write_parquet

__all__ = ["facts_from_dump", "facts_from_pages", "facts_schema", "main", "write_parquet"]
